package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.json.DomainArbitraries.Sample;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For every type of the format: decode(encode(x)) == x, encoding is deterministic, and valid against the schema. */
class RoundTripProperties {

  @Property(tries = 1_000)
  void everyType_decodesToTheValueItEncoded(@ForAll("anyValue") Sample sample) {
    String json = FrikommuneJson.write(sample.value());

    assertThat(FrikommuneJson.read(json, sample.type())).isEqualTo(sample.value());
  }

  @Property(tries = 300)
  void encoding_isDeterministic(@ForAll("anyValue") Sample sample) {
    String json = FrikommuneJson.write(sample.value());

    assertThat(FrikommuneJson.write(sample.value())).isEqualTo(json);
    assertThat(FrikommuneJson.write(FrikommuneJson.read(json, sample.type()))).isEqualTo(json);
  }

  @Property(tries = 100)
  void generatedPortfolio_isValidAgainstTheSchema(@ForAll("portfolios") Portfolio portfolio) {
    assertThat(SchemaTest.errors(SchemaTest.documentSchema(), FrikommuneJson.write(portfolio))).isEmpty();
  }

  @Property(tries = 300)
  void everyGeneratedType_isValidAgainstItsDefinition(@ForAll("anyValue") Sample sample) {
    String name = sample.type().getSimpleName();

    assertThat(SchemaTest.errors(SchemaTest.typeSchema(name), FrikommuneJson.write(sample.value()))).isEmpty();
  }

  @Provide
  Arbitrary<Sample> anyValue() {
    return DomainArbitraries.anyValue();
  }

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return DomainArbitraries.portfolios();
  }
}
