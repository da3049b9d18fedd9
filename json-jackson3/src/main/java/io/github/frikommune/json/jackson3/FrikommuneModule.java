package io.github.frikommune.json.jackson3;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import io.github.frikommune.json.format.internal.Codec;
import io.github.frikommune.json.format.internal.DomainCodecs;
import java.util.Map;

/**
 * The Jackson 3 module that maps every domain type to the frikommune-sdk JSON format.
 *
 * <p>Register it by hand ({@code JsonMapper.builder().addModule(new FrikommuneModule())}), or let
 * {@code JsonMapper.builder().findAndAddModules()} find it through the {@link java.util.ServiceLoader}.
 * {@link FrikommuneJson#mapper()} makes a mapper with it and the recommended settings. The
 * module writes each domain type in the format's fixed field order, with codes, citations and
 * ISO-8601 days; it never uses class names or default typing. A value that does not follow the
 * format is rejected with {@link io.github.frikommune.json.format.JsonFormatException}; inside a
 * bean of your own, Jackson wraps that exception in a {@code DatabindException} whose cause
 * it is. Immutable and thread-safe.
 */
public final class FrikommuneModule extends JacksonModule {

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
  }

  @SuppressWarnings("unchecked")
  private static <T> void register(
      SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type, Codec<?> codec) {
    Codec<T> typed = (Codec<T>) codec;
    serializers.addSerializer(type, new CodecSerializer<>(type, typed));
    deserializers.addDeserializer(type, new CodecDeserializer<>(type, typed));
  }
}
