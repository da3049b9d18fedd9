/** Runnable examples of frikommune-sdk. Not published. */
module io.github.frikommune.examples {
  requires io.github.frikommune.core;
  requires io.github.frikommune.json;
}
