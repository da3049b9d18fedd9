package io.github.frikommune.examples;

import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.validation.PortfolioValidator;
import io.github.frikommune.core.validation.ValidationResult;
import io.github.frikommune.core.validation.Violation;
import io.github.frikommune.json.FrikommuneJson;
import io.github.frikommune.json.format.JsonFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A command-line validator of portfolio documents: reads a JSON document from a path or from
 * standard input, and prints every violation of the business rules with its path, code and
 * message, in Danish or English.
 *
 * <pre>
 * usage: ValidateDocument [--lang da|en] [FILE|-]
 * exit:  0 no errors (warnings may be printed), 1 rule errors, 2 unreadable or malformed JSON,
 *        64 wrong usage
 * </pre>
 */
public final class ValidateDocument {
  static final String USAGE = "usage: ValidateDocument [--lang da|en] [FILE|-]";

  private ValidateDocument() {}

  /**
   * Validates the document and exits with its status.
   *
   * @param args {@code [--lang da|en] [FILE|-]}; standard input when no file or {@code -}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    Locale locale = Locale.forLanguageTag("da");
    String file = "-";
    boolean fileGiven = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length && (args[i + 1].equals("da") || args[i + 1].equals("en"))) {
        locale = Locale.forLanguageTag(args[++i]);
      } else if (!args[i].startsWith("--") && !fileGiven) {
        file = args[i];
        fileGiven = true;
      } else {
        err.println("unknown or incomplete argument '" + args[i] + "'");
        err.println(USAGE);
        return 64;
      }
    }
    Portfolio portfolio;
    try {
      portfolio = file.equals("-") ? FrikommuneJson.read(stdin, Portfolio.class) : readFile(Path.of(file));
    } catch (JsonFormatException e) {
      err.println(source(file) + ": not a valid portfolio document: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println(source(file) + ": cannot be read: " + describe(e.getCause()));
      return 2;
    }
    ValidationResult result = PortfolioValidator.validate(portfolio);
    for (Violation v : result.violations()) {
      out.println(v.severity().code() + " " + v.path() + " [" + v.code().code() + "] " + v.message(locale));
    }
    out.println(
        source(file)
            + ": "
            + result.errors().size()
            + (locale.getLanguage().equals("da") ? " fejl, " : " errors, ")
            + result.warnings().size()
            + (locale.getLanguage().equals("da") ? " advarsler" : " warnings"));
    return result.errors().isEmpty() ? 0 : 1;
  }

  private static Portfolio readFile(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return FrikommuneJson.read(in, Portfolio.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String source(String file) {
    return file.equals("-") ? "<stdin>" : file;
  }

  private static String describe(IOException e) {
    return e instanceof NoSuchFileException ? "no such file" : e.getMessage();
  }
}
