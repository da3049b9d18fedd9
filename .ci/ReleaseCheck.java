import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a Central Portal bundle and the reproducibility of the build, for .ci/release-check.
 *
 * <p>Run with the JDK's source launcher, so it needs nothing but a JDK:
 *
 * <pre>
 * java .ci/ReleaseCheck.java BUNDLE_ZIP RELEASE_VERSION GNUPGHOME BUILD1_DIR BUILD2_DIR
 * </pre>
 *
 * <p>BUILD1_DIR and BUILD2_DIR hold the jars of two clean builds, at the same relative paths.
 * Every check prints one line, {@code ok} or {@code FAIL}; the last line counts them in the
 * form {@code release-check: N passed, N failed}, and the exit code is 1 if any failed.
 */
public final class ReleaseCheck {
  private static final String GROUP_PATH = "io/github/frikommune/";
  private static final String PARENT = "frikommune-parent";
  private static final String BOM = "frikommune-bom";

  private final List<String> failures = new ArrayList<>();
  private int passed;
  private String section = "";

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println(
          "usage: java ReleaseCheck.java BUNDLE_ZIP RELEASE_VERSION GNUPGHOME BUILD1 BUILD2");
      System.exit(2);
    }
    ReleaseCheck check = new ReleaseCheck();
    check.checkBundle(Path.of(args[0]), args[1], Path.of(args[2]));
    check.checkReproducible(Path.of(args[3]), Path.of(args[4]));
    System.exit(check.summary() ? 0 : 1);
  }

  // ---------------------------------------------------------------------------------------
  // The bundle

  private void checkBundle(Path zip, String version, Path gnupgHome) throws Exception {
    heading("Bundle " + zip.getFileName() + ", release version " + version);
    Map<String, byte[]> files = readZip(zip);
    check(!version.contains("SNAPSHOT"), "the release version has no SNAPSHOT", version);

    Map<String, Map<String, byte[]>> byArtifact = new TreeMap<>();
    List<String> misplaced = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String path = file.getKey();
      String[] parts = path.startsWith(GROUP_PATH)
          ? path.substring(GROUP_PATH.length()).split("/")
          : new String[0];
      if (parts.length != 3 || !parts[1].equals(version)
          || !parts[2].startsWith(parts[0] + "-" + version) || path.contains("SNAPSHOT")) {
        misplaced.add(path);
        continue;
      }
      byArtifact.computeIfAbsent(parts[0], a -> new TreeMap<>()).put(parts[2], file.getValue());
    }
    check(misplaced.isEmpty(), files.size() + " files, each at " + GROUP_PATH
        + "ARTIFACT/" + version + "/ARTIFACT-" + version + "*", "not so: " + misplaced);

    Map<String, Document> poms = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, byte[]>> artifact : byArtifact.entrySet()) {
      byte[] pom = artifact.getValue().get(artifact.getKey() + "-" + version + ".pom");
      if (check(pom != null, "POM of " + artifact.getKey(), "missing")) {
        poms.put(artifact.getKey(), parse(pom));
      }
    }
    checkPublishedSet(byArtifact.keySet(), poms);
    for (Map.Entry<String, Document> pom : poms.entrySet()) {
      String artifactId = pom.getKey();
      heading(artifactId);
      checkArtifact(artifactId, version, byArtifact.get(artifactId), pom.getValue(), gnupgHome);
      checkPom(artifactId, version, pom.getValue(), poms);
    }
  }

  /** The bundle holds exactly the parent, the BOM and what the BOM lists. */
  private void checkPublishedSet(Iterable<String> published, Map<String, Document> poms) {
    TreeSet<String> actual = new TreeSet<>();
    published.forEach(actual::add);
    Document bom = poms.get(BOM);
    if (!check(bom != null, "the bundle holds the BOM", BOM)) {
      return;
    }
    TreeSet<String> expected = new TreeSet<>(List.of(PARENT, BOM));
    for (Element dependency : elements(bom.getDocumentElement(), "dependencyManagement",
        "dependencies", "dependency")) {
      expected.add(text(dependency, "artifactId").orElse("?"));
    }
    TreeSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    TreeSet<String> unlisted = new TreeSet<>(actual);
    unlisted.removeAll(expected);
    check(missing.isEmpty() && unlisted.isEmpty(),
        "published exactly the parent, the BOM and what the BOM lists: "
            + String.join(", ", actual),
        "listed but not published " + missing + ", published but not in the BOM " + unlisted
            + " (a module that is never published sets frikommune.publish.skip)");
  }

  private void checkArtifact(String artifactId, String version, Map<String, byte[]> files,
      Document pom, Path gnupgHome) throws Exception {
    String base = artifactId + "-" + version;
    String pomText = new String(files.get(base + ".pom"), StandardCharsets.UTF_8);
    check(!pomText.contains("SNAPSHOT"), "POM mentions no SNAPSHOT", "it does");
    String packaging = text(pom.getDocumentElement(), "packaging").orElse("jar");
    if (packaging.equals("jar")) {
      byte[] jar = files.get(base + ".jar");
      byte[] sources = files.get(base + "-sources.jar");
      byte[] javadoc = files.get(base + "-javadoc.jar");
      if (check(jar != null, "main jar", "missing")) {
        Map<String, byte[]> classes = unzip(jar);
        long count = classes.keySet().stream().filter(n -> n.endsWith(".class")).count();
        boolean module = classes.containsKey("module-info.class");
        check(count > 1 && module,
            "main jar holds " + count + " classes with a module-info.class",
            module ? "" : "no module-info.class");
      }
      if (check(sources != null, "sources jar", "missing")) {
        checkSources(unzip(sources));
      }
      if (check(javadoc != null, "javadoc jar", "missing")) {
        check(unzip(javadoc).containsKey("index.html"), "javadoc jar has index.html", "");
      }
    }
    List<String> problems = new ArrayList<>();
    int signed = 0;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String name = file.getKey();
      if (name.endsWith(".asc") || isChecksum(name)) {
        continue;
      }
      signed++;
      digestProblem(files, name, "md5", "MD5").ifPresent(problems::add);
      digestProblem(files, name, "sha1", "SHA-1").ifPresent(problems::add);
      byte[] signature = files.get(name + ".asc");
      if (signature == null) {
        problems.add(name + ".asc missing");
      } else {
        verifySignature(file.getValue(), signature, gnupgHome)
            .ifPresent(error -> problems.add(name + ".asc does not verify (" + error + ")"));
      }
    }
    check(problems.isEmpty(), signed + (signed == 1 ? " file" : " files")
        + ", each with a matching .md5 and .sha1 and a .asc that verifies",
        String.join("; ", problems));
  }

  /** Every exported package of the module has a package-info.java with a comment. */
  private void checkSources(Map<String, byte[]> sources) {
    byte[] moduleInfo = sources.get("module-info.java");
    if (!check(moduleInfo != null, "sources jar has module-info.java", "missing")) {
      return;
    }
    String module = new String(moduleInfo, StandardCharsets.UTF_8);
    Matcher exports = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;").matcher(module);
    List<String> exported = new ArrayList<>();
    List<String> undocumented = new ArrayList<>();
    while (exports.find()) {
      String pkg = exports.group(1);
      exported.add(pkg);
      byte[] info = sources.get(pkg.replace('.', '/') + "/package-info.java");
      if (info == null || !new String(info, StandardCharsets.UTF_8).contains("/**")) {
        undocumented.add(pkg);
      }
    }
    check(!exported.isEmpty() && undocumented.isEmpty(), "sources jar: each of the "
        + exported.size() + " exported packages has a package-info.java with a comment",
        undocumented.isEmpty() ? "" : "missing in " + undocumented);
  }

  private static Optional<String> digestProblem(Map<String, byte[]> files, String name,
      String suffix, String algorithm) throws NoSuchAlgorithmException {
    byte[] recorded = files.get(name + "." + suffix);
    if (recorded == null) {
      return Optional.of(name + "." + suffix + " missing");
    }
    String expected = HexFormat.of().formatHex(
        MessageDigest.getInstance(algorithm).digest(files.get(name)));
    String actual = new String(recorded, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
    return expected.equalsIgnoreCase(actual)
        ? Optional.empty()
        : Optional.of(name + "." + suffix + " does not match");
  }

  /** Verifies a detached signature with gpg; returns gpg's last word if it fails. */
  private static Optional<String> verifySignature(byte[] content, byte[] signature,
      Path gnupgHome) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("release-check");
    try {
      Path data = Files.write(dir.resolve("data"), content);
      Path asc = Files.write(dir.resolve("data.asc"), signature);
      Process gpg = new ProcessBuilder("gpg", "--homedir", gnupgHome.toString(), "--batch",
          "--quiet", "--verify", asc.toString(), data.toString())
          .redirectErrorStream(true)
          .start();
      String output = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean good = gpg.waitFor(60, TimeUnit.SECONDS) && gpg.exitValue() == 0;
      List<String> lines = output.strip().lines().collect(Collectors.toList());
      return good ? Optional.empty()
          : Optional.of(lines.isEmpty() ? "gpg failed" : lines.get(lines.size() - 1));
    } finally {
      try (Stream<Path> paths = Files.list(dir)) {
        for (Path path : paths.collect(Collectors.toList())) {
          Files.delete(path);
        }
      }
      Files.delete(dir);
    }
  }

  // ---------------------------------------------------------------------------------------
  // POM metadata

  private void checkPom(String artifactId, String version, Document pom,
      Map<String, Document> poms) {
    Element project = pom.getDocumentElement();
    List<String> missing = new ArrayList<>();
    if (!text(project, "artifactId").orElse("").equals(artifactId)) {
      missing.add("artifactId");
    }
    if (text(project, "name").isEmpty()) {
      missing.add("name");
    }
    if (!effective(project, poms, "groupId").orElse("").equals("io.github.frikommune")) {
      missing.add("groupId");
    }
    if (!effective(project, poms, "version").orElse("").equals(version)) {
      missing.add("version " + version);
    }
    for (String[] path : List.<String[]>of(new String[] {"description"}, new String[] {"url"},
        new String[] {"licenses", "license", "name"}, new String[] {"licenses", "license", "url"},
        new String[] {"developers", "developer", "name"}, new String[] {"scm", "url"},
        new String[] {"scm", "connection"}, new String[] {"scm", "developerConnection"})) {
      if (effective(project, poms, path).isEmpty()) {
        missing.add(String.join("/", path));
      }
    }
    check(missing.isEmpty(), "POM has name, description, url, license, developers and scm,"
        + " its own or inherited", "missing " + missing);

    Optional<Element> parentRef = child(project, "parent");
    if (parentRef.isPresent()) {
      String parentId = text(parentRef.get(), "artifactId").orElse("?");
      check(poms.containsKey(parentId)
          && text(parentRef.get(), "version").orElse("").equals(version),
          "parent " + parentId + " " + version + " is in the bundle", "it is not");
    }
    Document parent = poms.get(PARENT);
    if (parent != null && !artifactId.equals(PARENT)) {
      List<String> different = new ArrayList<>();
      for (String[] path : List.<String[]>of(new String[] {"url"}, new String[] {"scm", "url"},
          new String[] {"licenses", "license", "name"},
          new String[] {"developers", "developer", "name"})) {
        if (!effective(project, poms, path).equals(text(parent.getDocumentElement(), path))) {
          different.add(String.join("/", path) + " "
              + effective(project, poms, path).orElse("missing"));
        }
      }
      check(different.isEmpty(), "url, scm, license and developers are the parent's",
          String.join("; ", different));
    }
  }

  /**
   * A field as Maven would inherit it: from the POM, else from its parent in the bundle. Only
   * the project's own parents are followed; the parent's url and scm are not extended, because
   * the root pom turns Maven's path appending off.
   */
  private static Optional<String> effective(Element project, Map<String, Document> poms,
      String... path) {
    Optional<String> own = text(project, path);
    if (own.isPresent()) {
      return own;
    }
    Optional<Element> parentRef = child(project, "parent");
    if (parentRef.isEmpty()) {
      return Optional.empty();
    }
    if (path.length == 1 && (path[0].equals("groupId") || path[0].equals("version"))) {
      return text(parentRef.get(), path);
    }
    Document parent = poms.get(text(parentRef.get(), "artifactId").orElse("?"));
    return parent == null ? Optional.empty() : effective(parent.getDocumentElement(), poms, path);
  }

  // ---------------------------------------------------------------------------------------
  // Reproducibility

  private void checkReproducible(Path first, Path second) throws IOException {
    heading("Reproducible build: jars of two clean builds");
    Map<String, byte[]> one = jars(first);
    Map<String, byte[]> two = jars(second);
    check(one.size() >= 3, "the first build produced " + one.size() + " jars", "too few");
    check(one.keySet().equals(two.keySet()), "both builds produced the same jars",
        one.keySet().equals(two.keySet()) ? "" : one.keySet() + " vs " + two.keySet());
    for (Map.Entry<String, byte[]> jar : one.entrySet()) {
      byte[] other = two.get(jar.getKey());
      if (other == null) {
        continue;
      }
      boolean same = MessageDigest.isEqual(sha256(jar.getValue()), sha256(other));
      check(same, "byte-identical: " + jar.getKey() + " (sha256 "
          + HexFormat.of().formatHex(sha256(jar.getValue())).substring(0, 12) + "…)",
          "the jars differ");
      if (!same) {
        explainDifference(unzip(jar.getValue()), unzip(other));
      }
    }
  }

  private static void explainDifference(Map<String, byte[]> one, Map<String, byte[]> two) {
    TreeSet<String> names = new TreeSet<>(one.keySet());
    names.addAll(two.keySet());
    names.stream()
        .filter(name -> !java.util.Arrays.equals(one.get(name), two.get(name)))
        .limit(10)
        .forEach(name -> System.out.println("      differs: " + name));
  }

  private static Map<String, byte[]> jars(Path dir) throws IOException {
    Map<String, byte[]> jars = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".jar"))
          .collect(Collectors.toList())) {
        jars.put(dir.relativize(path).toString(), Files.readAllBytes(path));
      }
    }
    return jars;
  }

  // ---------------------------------------------------------------------------------------
  // Reporting

  private void heading(String title) {
    section = title;
    System.out.println();
    System.out.println("-- " + title);
  }

  /** Records and prints one check; the detail says what is wrong and is shown on failure. */
  private boolean check(boolean ok, String what, String detail) {
    String line = ok ? "  ok    " + what
        : "  FAIL  " + what + (detail.isEmpty() ? "" : ": " + detail);
    System.out.println(line);
    if (ok) {
      passed++;
    } else {
      failures.add(section + ": " + line.strip().substring("FAIL".length()).strip());
    }
    return ok;
  }

  private boolean summary() {
    System.out.println();
    if (!failures.isEmpty()) {
      System.out.println("Failed checks:");
      failures.forEach(failure -> System.out.println("  " + failure));
    }
    System.out.println("release-check: " + passed + " passed, " + failures.size() + " failed");
    return failures.isEmpty();
  }

  // ---------------------------------------------------------------------------------------
  // Small helpers for zips and XML

  private static boolean isChecksum(String name) {
    return name.endsWith(".md5") || name.endsWith(".sha1") || name.endsWith(".sha256")
        || name.endsWith(".sha512");
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, byte[]> readZip(Path zip) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : file.stream().collect(Collectors.toList())) {
        if (!entry.isDirectory()) {
          try (InputStream in = file.getInputStream(entry)) {
            files.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    }
    return files;
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory()) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          in.transferTo(out);
          files.put(entry.getName(), out.toByteArray());
        }
      }
    }
    return files;
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
  }

  private static Optional<Element> child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
        return Optional.of((Element) node);
      }
    }
    return Optional.empty();
  }

  private static List<Element> elements(Element root, String... path) {
    List<Element> current = List.of(root);
    for (String name : path) {
      List<Element> next = new ArrayList<>();
      for (Element element : current) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
          if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
            next.add((Element) node);
          }
        }
      }
      current = next;
    }
    return current;
  }

  private static Optional<String> text(Element root, String... path) {
    return elements(root, path).stream()
        .map(element -> element.getTextContent().strip())
        .filter(text -> !text.isEmpty())
        .findFirst();
  }
}
