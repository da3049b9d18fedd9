package io.github.frikommune.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.json.format.internal.Codec;
import io.github.frikommune.json.format.internal.DomainCodecs;
import java.util.Map;

/**
 * The Jackson 2 module that maps every domain type to the frikommune-sdk JSON format.
 *
 * <p>Register it by hand ({@code mapper.registerModule(new FrikommuneModule())}), or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through the {@link java.util.ServiceLoader}.
 * {@link FrikommuneJson#mapper()} makes a mapper with it and the recommended settings. The
 * module writes each domain type in the format's fixed field order, with codes, citations and
 * ISO-8601 days; it never uses class names or default typing. A value that does not follow the
 * format is rejected with {@link io.github.frikommune.json.format.JsonFormatException}; inside a
 * bean of your own, Jackson wraps that exception in a {@code JsonMappingException} whose cause
 * it is. Immutable and thread-safe.
 */
public final class FrikommuneModule extends Module {

  /** Creates the module; {@link java.util.ServiceLoader} calls this constructor. */
  public FrikommuneModule() {}

  @Override
  public String getModuleName() {
    return "frikommune";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Map.Entry<Class<?>, Codec<?>> entry : DomainCodecs.all().entrySet()) {
      register(serializers, deserializers, entry.getKey(), entry.getValue());
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    context.addDeserializers(new RecordedEvents());
  }

  /**
   * Reads a {@code RecordedEvent<TrialEvent>} with the codec that only takes trial events, and
   * so on for each lifecycle: the type argument, erased at run time, is checked while reading.
   * Added after the simple deserializers, so Jackson asks it first.
   */
  private static final class RecordedEvents extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription description) {
      if (!type.hasRawClass(RecordedEvent.class)) {
        return null;
      }
      return deserializer(DomainCodecs.recordedEvent(type.containedTypeOrUnknown(0).getRawClass()));
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
      return type == RecordedEvent.class;
    }

    @SuppressWarnings("unchecked")
    private static <T> JsonDeserializer<T> deserializer(Codec<?> codec) {
      return new CodecDeserializer<>((Class<T>) RecordedEvent.class, (Codec<T>) codec);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void register(
      SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type, Codec<?> codec) {
    Codec<T> typed = (Codec<T>) codec;
    serializers.addSerializer(type, new CodecSerializer<>(type, typed));
    deserializers.addDeserializer(type, new CodecDeserializer<>(type, typed));
  }
}
