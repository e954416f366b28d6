package io.nexla.reactive.core.internal;

import io.nexla.reactive.core.json.NexlaModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads a {@link NexlaModel} record (any record keeping unknown fields in a {@code @JsonAnySetter} map) so that one odd field never costs the record, while its identity stays strict.
 *
 * <ul>
 *   <li><b>Tolerant fields.</b> A field whose JSON shape does not fit its Java type (an object where a list is
 *       modelled, {@code "ok"} where an integer is, a fraction where a whole number is) reads as {@code null} — an
 *       empty list or map for collections — and its value is kept, as received and under its wire name, among the
 *       record's unknown fields (its {@code @JsonAnySetter} component), from which it is written back.
 *   <li><b>Strict identity.</b> A {@link NexlaModel} record with a {@code long id} component (unless
 *       {@link NexlaModel#strictId()} is {@code false}) must carry a whole-number {@code id}: a
 *       missing, {@code null}, fractional or non-numeric one fails with a message naming the field. Inside another
 *       model such a record is itself an odd field of its parent and kept raw there.
 * </ul>
 *
 * <p>Hand-written because Jackson can skip unknown properties but has no option to skip, and keep, a known one
 * that does not fit. The record is decoded from a copy of its tokens; only when that fails is the copy read as a
 * tree and decoded again without the fields that do not fit, so the common case costs one token copy per
 * top-level record (nested records decode straight from the copy of the record that encloses them).
 */
public final class TolerantModelDeserializer extends DelegatingDeserializer {

  /** Context attribute set while an enclosing model decodes from its own copy of the tokens. */
  private static final Object ENCLOSED = new Object();
  private static final String ID = "id";

  private final ModelShape shape;

  private TolerantModelDeserializer(ValueDeserializer<?> delegate, ModelShape shape) {
    super(delegate);
    this.shape = shape;
  }

  /** The modifier that wraps the deserializer of every record having an any-setter component. */
  public static ValueDeserializerModifier modifier() {
    return new ValueDeserializerModifier() {
      @Override
      public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
          ValueDeserializer<?> deserializer) {
        ModelShape shape = ModelShape.of(bean.getBeanClass());
        return shape == null ? deserializer : new TolerantModelDeserializer(deserializer, shape);
      }
    };
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
    return new TolerantModelDeserializer(delegate, shape);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!p.hasToken(JsonToken.START_OBJECT)) {
      return _delegatee.deserialize(p, ctxt);
    }
    if (ctxt.getAttribute(ENCLOSED) != null) {
      // The enclosing model holds a copy and decodes again, tolerantly, should anything here not fit.
      Object value = _delegatee.deserialize(p, ctxt);
      if (shape.hasZeroId(value)) {
        return ctxt.reportInputMismatch(this, "%s has no usable '%s'", shape.name(), ID);
      }
      return value;
    }
    TokenBuffer copy = ctxt.bufferAsCopyOfValue(p);
    Object value = null;
    ctxt.setAttribute(ENCLOSED, Boolean.TRUE);
    try (JsonParser replay = copy.asParserOnFirstToken(ctxt)) {
      value = _delegatee.deserialize(replay, ctxt);
    } catch (JacksonException misfit) {
      value = null;
    } finally {
      ctxt.setAttribute(ENCLOSED, null);
    }
    if (value != null && !shape.hasZeroId(value)) {
      return value;
    }
    ObjectNode tree;
    try (JsonParser replay = copy.asParserOnFirstToken(ctxt)) {
      tree = (ObjectNode) ctxt.readTree(replay);
    }
    return value != null ? checkIdentity(value, tree, ctxt) : tolerantly(tree, ctxt);
  }

  /** Decodes {@code tree}, moving each field that does not fit into the unknown fields, one at a time. */
  private Object tolerantly(ObjectNode tree, DeserializationContext ctxt) {
    Map<String, Object> misfits = new LinkedHashMap<>();
    while (true) {
      Object value;
      try (JsonParser replay = tree.traverse(ctxt)) {
        replay.nextToken();
        value = _delegatee.deserialize(replay, ctxt);
      } catch (JacksonException e) {
        String field = topField(e);
        if (field == null || !tree.has(field)) {
          throw e;
        }
        if (shape.hasStrictId() && field.equals(ID)) {
          return identityError(tree, ctxt);
        }
        misfits.put(field, ctxt.readTreeAsValue(tree.remove(field), Object.class));
        continue;
      }
      Object checked = checkIdentity(value, tree, ctxt);
      return misfits.isEmpty() ? checked : shape.withUnknownFields(checked, misfits);
    }
  }

  /** {@code value}, unless its id is 0 because the JSON had none (or none that is a whole number). */
  private Object checkIdentity(Object value, ObjectNode tree, DeserializationContext ctxt) {
    if (!shape.hasZeroId(value)) {
      return value;
    }
    JsonNode id = tree.get(ID);
    if (id != null && (id.isIntegralNumber() || id.isString() && id.asString().strip().matches("[+-]?0+"))) {
      return value;
    }
    return identityError(tree, ctxt);
  }

  private Object identityError(ObjectNode tree, DeserializationContext ctxt) {
    JsonNode id = tree.get(ID);
    String problem = id == null ? "is missing"
        : id.isNull() ? "is null"
        : id.isNumber() ? (id.isIntegralNumber() ? "is out of range" : "is not a whole number")
        : "is not a number (" + id.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ")";
    return ctxt.reportInputMismatch(this, "Field '%s' of %s %s: a resource needs a numeric identity", ID,
        shape.name(), problem);
  }

  /** The property of this record under which {@code e} happened, if Jackson recorded it. */
  private static @Nullable String topField(JacksonException e) {
    List<JacksonException.Reference> path = e.getPath();
    return path.isEmpty() ? null : path.get(0).getPropertyName();
  }
}
