package example;

import io.github.frikommune.core.application.Application;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Nothing but the testkit on the test class path gives jqwik its applications. */
class ApplicationTest {

  @Property(tries = 100)
  void p(@ForAll Application a) {
    if (a.exemptions().isEmpty()) {
      throw new AssertionError("a generated application requests at least one exemption, was " + a);
    }
  }
}
