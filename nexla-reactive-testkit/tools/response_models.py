#!/usr/bin/env python3
"""Writes src/test/resources/response-models.json from the wire contract.

The operation -> response model map is parsed from resources.md (its "response" column); the models are a
transcription of models.md, kept here in a compact notation:

  "type!"  required and non-null       "type"   optional, null allowed       "type~"  optional, null not allowed
  types: int string bool number object datetime any array<T> map<T> (object whose values are T) or a model name;
  "string:Enum" checks the value against an enum of enums.md ("open" enums may grow on the server, but the emulator
  must still answer with documented values). A field name "a|b" accepts either key.

Run: python3 tools/response_models.py /path/to/shared/nexla-api > src/test/resources/response-models.json
"""
import json
import re
import sys

BRIEF = {"id": "int!", "name": "string!"}
OWNER = {"id": "int!", "full_name": "string!", "email": "string!", "email_verified_at": "datetime"}
COMMON = {"owner": "Owner", "org": "OrgBrief", "access_roles": "array<string>", "description": "string",
          "created_at": "datetime", "updated_at": "datetime"}
CODE = dict(COMMON, id="int!", name="string!", resource_type="string", reusable="bool", access_roles="any",
            code_type="string", output_type="string", code_encoding="string", code="array<object>", managed="bool",
            data_sets="array<int>", copied_from_id="int", tags="array<string>", code_config="object",
            custom_config="object")

MODELS = {
    "Owner": OWNER,
    "OrgBrief": BRIEF,
    "Connector": {"id": "int!", "type": "string!", "connection_type": "string!", "name": "string!",
                  "description": "string!", "nexset_api_compatible": "bool!"},
    "LogEntry": {"id": "int!", "item_type": "string!", "item_id": "int!", "event": "string!:AuditEvent",
                 "change_summary": "array<string>!", "object_changes": "map<array<any>>!", "request_ip": "string!",
                 "request_user_agent": "string!", "request_url": "string!", "user": "object!", "org_id": "int!",
                 "owner_id": "int!", "owner_email": "string!", "created_at": "datetime!",
                 "association_resource": "object", "impersonator_id": "int"},
    "FlowNode": {"id": "int!", "origin_node_id": "int!", "parent_node_id": "int", "data_source_id": "int",
                 "data_set_id": "int", "data_sink_id": "int", "status": "string:FlowNodeStatus", "project_id": "int",
                 "flow_type": "string:FlowType", "ingestion_mode": "string", "name": "string",
                 "description": "string", "children": "array<FlowNode>"},
    "FlowResponse": {"flows": "array<FlowNode>!", "data_sources": "array<Source>", "data_sets": "array<Nexset>",
                     "data_sinks": "array<Destination>", "data_credentials": "array<Credential>",
                     "metrics": "array<FlowMetrics>"},
    "FlowMetrics": {"origin_node_id": "int!", "records": "int!", "size": "int!", "errors": "int!",
                    "reporting_date": "datetime!", "run_id": "int!"},
    "FlowLogsResponse": {"status": "int", "message": "string", "logs": "any", "meta": "object"},
    "FlowMetricsApiResponse": {"status": "int", "message": "string", "metrics": "object"},
    "DocsRecommendation": {"recommendation": "string", "status": "string"},
    "Source": dict(COMMON, id="int!", name="string!", status="string!:SourceStatus",
                   source_type="string!:SourceType", connector_type="string", managed="bool",
                   auto_generated="bool", connector="Connector", ingest_method="string:IngestMethod",
                   source_format="string", source_config="object", poll_schedule="string",
                   code_container_id="int", data_credentials_id="int", data_credentials="Credential",
                   data_sets="array<DataSetBrief>", api_keys="array<object>~", run_ids="array<RunInfo>~",
                   copied_from_id="int", flow_type="string:FlowType", has_template="bool", tags="array<string>"),
    "DataSetBrief": {"id": "int!", "owner_id": "int!", "org_id": "int!", "name": "string",
                     "description": "string", "version": "int", "created_at": "datetime",
                     "updated_at": "datetime"},
    "RunInfo": {"id": "int!", "created_at": "datetime!"},
    "Destination": dict(COMMON, id="int!", name="string!", status="string!:DestinationStatus",
                        sink_type="string!:DestinationType", connector_type="string", managed="bool",
                        connector="Connector", data_set_id="int", data_map_id="int", data_source_id="int",
                        sink_format="string:DestinationFormat", sink_config="object", sink_schedule="string",
                        in_memory="bool~", data_set="DataSetInfo", data_map="DataMapInfo",
                        data_credentials_id="int", data_credentials="Credential", copied_from_id="int",
                        flow_type="string:FlowType", has_template="bool", tags="array<string>~"),
    "DataSetInfo": {"id": "int!", "name": "string!", "description": "string", "status": "string",
                    "output_schema": "object", "version": "int"},
    "DataMapInfo": {"id": "int!", "owner_id": "int!", "org_id": "int!", "name": "string!",
                    "description": "string", "public": "bool!", "created_at": "datetime!",
                    "updated_at": "datetime!"},
    "Nexset": dict(COMMON, id="int!", name="string", status="string:NexsetStatus",
                   **{"flow_type|flowType": "string:FlowType"}, data_source_id="int", data_source="Source",
                   parent_data_sets="array<DataSetBrief>~", data_sinks="array<DataSinkSimplified>~",
                   transform_id="int", output_schema="object", copied_from_id="int", tags="array<string>~"),
    "DataSinkSimplified": {"id": "int!", "name": "string!", "owner_id": "int", "org_id": "int",
                           "status": "string", "sink_type|sinkType": "string:DestinationType"},
    "NexsetSample": {"rawMessage|raw_message": "object", "nexlaMetaData|nexla_metadata": "object"},
    "Credential": dict(COMMON, id="int!", name="string!", credentials_type="string!:CredentialType",
                       verified_status="string:VerifiedStatus", connector="Connector",
                       credentials_version="string", api_keys="array<object>",
                       credentials_non_secure_data="object", verified_at="datetime", copied_from_id="int",
                       referenced_resource_ids="map<array<int>>", tags="array<string>", managed="bool~"),
    "ProbeTreeResponse": {"status": "string!:ProbeStatus", "message": "string!", "connection_type": "string!",
                          "object": "object!"},
    "ProbeSampleResponse": {"status": "string!:ProbeStatus", "message": "string!", "connection_type": "string!",
                            "output": "object!"},
    "Lookup": dict(COMMON, id="int!", name="string!", description="string!", map_primary_key="string!",
                   owner="Owner!", org="OrgBrief!", access_roles="array<string>!", public="bool!",
                   managed="bool!", data_type="string!", emit_data_default="bool!", use_versioning="bool!",
                   data_format="string", data_sink_id="int", data_defaults="object~", data_set_id="int",
                   map_entry_count="int", map_entry_schema="object", tags="array<string>~"),
    "AsyncTask": {"id": "int!", "type": "string", "status": "string", "created_at": "datetime",
                  "updated_at": "datetime", "started_at": "datetime", "finished_at": "datetime",
                  "result": "object", "error": "string"},
    "DownloadLink": {"url": "string!", "expires_at": "datetime"},
    "User": {"id": "int!", "email": "string!", "full_name": "string!", "super_user|superUser": "bool",
             "impersonated": "bool!", "default_org": "OrgBrief!", "user_tier": "string:UserTier",
             "status": "string!:UserStatus", "account_locked": "bool!",
             "org_memberships": "array<OrgMembership>!", "api_key": "string", "email_verified_at": "datetime",
             "tos_signed_at": "datetime", "created_at": "datetime", "updated_at": "datetime"},
    "OrgMembership": {"id": "int!", "name": "string!", "is_admin|isAdmin": "bool",
                      "org_membership_status": "string!:OrgMembershipStatus", "api_key": "string"},
    "UserSettings": {"id": "string!", "owner": "object!", "org": "object!", "user_settings_type": "string!",
                     "settings": "object!"},
    "Organization": {"id": "int!", "name": "string!", "email_domain": "string", "access_roles": "array<string>!",
                     "owner": "User", "status": "string", "members_default_access_role": "string:AccessRole",
                     "require_org_admin_to_publish": "bool", "require_org_admin_to_subscribe": "bool",
                     "enable_nexla_password_login": "bool", "description": "string", "default_cluster_id": "int",
                     "billing_owner": "User", "admins": "array<User>~", "account_tier|org_tier": "OrgTier",
                     "created_at": "datetime", "updated_at": "datetime"},
    "OrgTier": {"id": "int!", "name": "string!", "display_name": "string!", "record_count_limit": "int!",
                "record_count_limit_time": "string!", "data_source_count_limit": "int!",
                "trial_period_days": "int"},
    "OrgMember": {"id": "int!", "full_name": "string!", "email": "string!", "is_admin?|is_admin": "bool!",
                  "access_role": "array<string>", "org_membership_status": "string!:OrgMembershipStatus",
                  "user_status": "string!"},
    "OrgAccountSummary": {"org_id": "int!", "data_sources": "map<int>!", "data_sets": "map<map<int>>!",
                          "data_sinks": "map<int>!"},
    "CustodianUser": {"id": "int!", "email": "string", "full_name": "string"},
    "Team": {"id": "int!", "name": "string!", "description": "string!", "owner": "Owner!", "org": "OrgBrief!",
             "member": "bool!", "members": "array<TeamMember>!", "access_roles": "array<string>!",
             "tags": "array<string>~", "created_at": "datetime", "updated_at": "datetime"},
    "TeamMember": {"id": "int!", "email": "string!", "admin": "bool!"},
    "Project": {"id": "int!", "owner": "Owner!", "org": "OrgBrief!", "name": "string!", "description": "string!",
                "access_roles": "array<string>!", "data_flows": "array<ProjectDataFlow>~",
                "flows": "array<ProjectDataFlow>~", "client_identifier": "string", "client_url": "string",
                "flows_count": "int", "tags": "array<string>~", "copied_from_id": "int",
                "created_at": "datetime", "updated_at": "datetime"},
    "ProjectDataFlow": {"id": "int!", "project_id": "int!", "data_source_id": "int", "data_set_id": "int",
                        "data_sink_id": "int", "name": "string", "description": "string",
                        "created_at": "datetime", "updated_at": "datetime"},
    "Notification": {"id": "int!", "owner": "Owner!", "org": "OrgBrief!", "access_roles": "array<string>!",
                     "level": "string!:NotificationLevel", "resource_id": "int",
                     "resource_type": "string!:NotificationResourceType", "message_id": "int!",
                     "message": "string!", "read_at": "datetime", "created_at": "datetime",
                     "updated_at": "datetime"},
    "NotificationType": {"id": "int!", "name": "string!", "description": "string!",
                         "category": "string!:NotificationCategory", "default": "bool!", "status": "bool!",
                         "event_type": "string!", "resource_type": "string!"},
    "NotificationChannelSetting": {"id": "int!", "owner_id": "int!", "org_id": "int!",
                                   "channel": "string!:NotificationChannel", "config": "object!"},
    "NotificationSetting": {"id": "int!", "org_id": "int!", "owner_id": "int!",
                            "channel": "string!:NotificationChannel", "notification_resource_type": "string!",
                            "resource_id": "int", "status": "string!:NotificationSettingStatus",
                            "notification_type_id": "int!", "name": "string!", "description": "string!",
                            "code": "int!", "category": "string!:NotificationCategory", "event_type": "string!",
                            "resource_type": "string!", "config": "object~", "priority": "int"},
    "NotificationCount": {"count": "int!"},
    "MetricsResponse": {"status": "int!", "metrics": "array<ResourceMetricDaily>!"},
    "ResourceMetricDaily": {"time": "string!", "records": "int!", "size": "int!", "errors": "int!"},
    "MetricsByRunResponse": {"status": "int!", "metrics": "RunPage!"},
    "RunPage": {"data": "array<ResourceMetricsByRun>!", "meta": "object"},
    "ResourceMetricsByRun": {"runId": "int", "lastWritten": "int", "dataSetId": "int!", "records": "int!",
                             "size": "int!", "errors": "int!"},
    "AccountMetrics": {"status": "int!", "metrics": "array<object>!"},
    "DashboardMetrics": {"status": "int!", "metrics": "map<DashboardMetricSet>!"},
    "DashboardMetricSet": {"records": "int!", "size": "int!", "errors": "int!",
                           "status": "string!:DashboardMetricStatus"},
    "Accessor": {"type": "string!:AccessorType", "id": "int", "email": "string", "org_id": "int",
                 "name": "string", "client_identifier": "string", "email_domain": "string",
                 "access_roles": "array<string:AccessRole>!", "created_at": "datetime", "updated_at": "datetime"},
    "CodeContainer": dict(CODE, ai_function_type="string", public="bool"),
    "Transform": CODE,
    "AttributeTransform": dict(CODE, code="string"),
    "Runtime": {"id": "int!", "name": "string!", "description": "string", "active": "bool",
                "dockerpath": "string", "managed": "bool", "config": "object", "owner": "object",
                "org": "object", "created_at": "datetime", "updated_at": "datetime"},
    "ApprovalRequest": {"id": "int!", "status": "string", "request_type": "string", "resource_type": "string",
                        "requester_id": "int", "resource_id": "int", "created_at": "datetime",
                        "updated_at": "datetime"},
    "MarketplaceDomain": {"id": "int!", "name": "string!", "slug": "string", "description": "string",
                          "org_id": "int", "created_at": "datetime", "updated_at": "datetime"},
    "MarketplaceDomainsItem": {"id": "int!", "domain_id": "int", "resource_type": "string",
                               "resource_id": "int", "created_at": "datetime", "updated_at": "datetime"},
    "AuthConfig": {"id": "int!", "owner": "object", "org": "object", "uid": "string", "protocol": "string",
                   "name": "string", "description": "string", "auto_create_users_enabled": "bool",
                   "client_config": "object", "created_at": "datetime", "updated_at": "datetime"},
    "GenAiConfig": {"id": "int!", "name": "string", "provider": "string", "config": "object",
                    "created_at": "datetime", "updated_at": "datetime"},
    "GenAiOrgSetting": {"id": "int!", "org_id": "int", "gen_ai_usage": "string:GenAiUsage",
                        "active_config": "object", "configs": "array<object>", "created_at": "datetime",
                        "updated_at": "datetime"},
    "ActiveConfigView": {"gen_ai_usage": "string:GenAiUsage", "active_config": "object"},
    "SelfSignupRequest": {"id": "int!", "status": "string", "email": "string", "full_name": "string",
                          "invite_id": "int", "created_at": "datetime", "updated_at": "datetime"},
    "BlockedDomain": {"id": "int!", "domain": "string!"},
    "DocContainer": {"id": "int!", "owner": "Owner", "org": "OrgBrief", "name": "string",
                     "description": "string", "doc_type": "string", "text": "string", "public": "bool",
                     "repo_type": "string", "repo_config": "object", "access_roles": "array<string>~",
                     "tags": "array<string>~", "copied_from_id": "int", "created_at": "datetime",
                     "updated_at": "datetime"},
    "DataSchema": {"id": "int!", "name": "string"},
    "WebhookResponse": {"dataset_id": "int", "processed": "int"},
    "TokenResponse": {"access_token": "string!", "expires_in": "int", "token_type": "string"},
}

# The record model of each collection with generic routes (list, get, create, update, activate, pause, copy),
# for the inherited rows resources.md does not list one by one.
COLLECTIONS = {
    "approval_requests": "ApprovalRequest", "async_tasks": "AsyncTask", "attribute_transforms": "AttributeTransform",
    "code_containers": "CodeContainer", "data_credentials": "Credential", "data_schemas": "DataSchema",
    "data_sinks": "Destination", "doc_containers": "DocContainer", "data_maps": "Lookup",
    "api_auth_configs": "AuthConfig", "orgs": "Organization", "projects": "Project", "runtimes": "Runtime",
    "data_sets": "Nexset", "data_sources": "Source", "teams": "Team", "transforms": "Transform", "users": "User",
    "notifications": "Notification", "gen_ai_integration_configs": "GenAiConfig",
    "gen_ai_org_settings": "GenAiOrgSetting", "notification_channel_settings": "NotificationChannelSetting",
    "notification_settings": "NotificationSetting", "self_signup_blocked_domains": "BlockedDomain",
    "self_signup_requests": "SelfSignupRequest", "marketplace/domains": "MarketplaceDomain", "flows": "FlowNode",
}

# Rows of operations.csv whose answer resources.md gives under another path or only in README.md section 11:
# the documented per-resource flow activate/pause and ownership change answer like their /flows/{id} siblings.
DOCUMENTED_ELSEWHERE = {
    "PUT /{rt}/{id}/flow/activate": "FlowResponse",
    "PUT /{rt}/{id}/flow/pause": "FlowResponse",
    "PUT /{rt}/{id}/flow": "FlowResponse",
    "GET /{rt}/{id}/flow/{metric_type}": "raw",
}

# enums.md; "open": the SDK keeps the field a plain string, so the server may add values.
ENUMS = {
    "AuditEvent": (True, ["create", "update", "delete", "created", "updated"]),
    "FlowNodeStatus": (True, ["ACTIVE", "PAUSED", "ERROR"]),
    "FlowType": (True, ["batch", "streaming", "real_time"]),
    "SourceStatus": (True, ["ACTIVE", "PAUSED", "DRAFT", "DELETED", "ERROR", "INIT"]),
    "DestinationStatus": (True, ["ACTIVE", "PAUSED", "DRAFT", "DELETED", "ERROR"]),
    "NexsetStatus": (True, ["ACTIVE", "PAUSED", "DRAFT", "DELETED", "ERROR", "PROCESSING"]),
    "VerifiedStatus": (True, ["VERIFIED", "UNVERIFIED", "FAILED"]),
    "IngestMethod": (True, ["BATCH", "STREAMING", "REAL_TIME", "SCHEDULED", "POLL", "API"]),
    "DestinationFormat": (False, ["json", "csv", "parquet", "avro", "xml", "delimited", "fixed_width"]),
    "ProbeStatus": (True, ["ok", "success"]),
    "UserTier": (True, ["FREE", "TRIAL", "PAID", "FREE_FOREVER"]),
    "UserStatus": (True, ["ACTIVE", "DEACTIVATED", "SOURCE_COUNT_CAPPED", "SOURCE_DATA_CAPPED", "TRIAL_EXPIRED"]),
    "OrgMembershipStatus": (True, ["ACTIVE", "DEACTIVATED"]),
    "AccessRole": (False, ["owner", "admin", "operator", "collaborator"]),
    "AccessorType": (False, ["USER", "TEAM", "ORG"]),
    "NotificationLevel": (True, ["DEBUG", "INFO", "WARN", "ERROR", "RECOVERED", "RESOLVED"]),
    "NotificationChannel": (True, ["APP", "EMAIL", "SMS", "SLACK", "WEBHOOKS"]),
    "NotificationCategory": (True, ["PLATFORM", "SYSTEM", "DATA"]),
    "NotificationResourceType": (True, ["SOURCE", "SINK", "DATASET"]),
    "NotificationSettingStatus": (True, ["ACTIVE", "PAUSED"]),
    "DashboardMetricStatus": (True, ["OK", "WARNING", "ERROR"]),
    "GenAiUsage": (True, ["all", "gen_docs", "check_code", "rag"]),
}


def enum_values(text, heading):
    """The back-quoted values of the table row or section of enums.md that starts with heading."""
    for line in text.splitlines():
        if line.startswith("| " + heading + " "):
            return re.findall(r"`([^`]+)`", line.split("|")[2])
    raise SystemExit("enums.md has no row " + heading)


def connector_codes(text, heading):
    start = text.index(heading)
    section = text[start:text.index("\n### ", start + 1)]
    codes = []
    for line in section.splitlines():
        if line.startswith("|") and "`" in line:
            codes += re.findall(r"`([a-z0-9_]+)`", line.split("|")[2])
        elif line.startswith("`"):
            codes += re.findall(r"`([a-z0-9_]+)`", line)
    return codes


def operations(resources):
    """(verb, path) -> model name, '[Model]' for arrays, or 'raw'."""
    ops = {}
    for line in resources.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 9 or not re.match(r"^[A-Z]+\d+$", cells[1]):
            continue
        verb = cells[3]
        path = re.match(r"`([^`]+)`", cells[4])
        if not path or verb not in ("GET", "POST", "PUT", "DELETE"):
            continue
        answer = cells[7]
        array = re.match(r"`\[(\w+)\]`", answer)
        single = re.match(r"(?:\*\*one\*\* )?([A-Z]\w+)", answer)
        model = "[" + array.group(1) + "]" if array else single.group(1) if single and single.group(1) in MODELS else "raw"
        if answer.startswith("either a JSON **string**"):
            model = "DownloadLink|string"
        key = verb + " " + path.group(1).replace("{flow_id}", "{id}")
        if key in ops and model not in ops[key].split("|"):
            model = ops[key] + "|" + model  # two SDK methods share the path (e.g. create one or many domains)
        ops[key] = model
    ops.update(DOCUMENTED_ELSEWHERE)
    return ops


def main(root):
    resources = open(root + "/resources.md").read()
    enums_md = open(root + "/enums.md").read()
    enums = {name: {"open": open_, "values": values} for name, (open_, values) in ENUMS.items()}
    enums["SourceType"] = {"open": True, "values": sorted(set(connector_codes(enums_md, "### 1.1")
        + connector_codes(enums_md, "### 1.3") + ["api_push"]))}
    enums["DestinationType"] = {"open": False, "values": connector_codes(enums_md, "### 1.2")}
    enums["CredentialType"] = {"open": True, "values": connector_codes(enums_md, "### 1.3")}
    json.dump({"comment": "Generated by tools/response_models.py from shared/nexla-api models.md, enums.md and"
               " resources.md; see that script for the notation.",
               "models": MODELS, "enums": enums, "collections": COLLECTIONS, "operations": operations(resources)},
              sys.stdout, indent=1, sort_keys=False)
    print()


if __name__ == "__main__":
    main(sys.argv[1])
