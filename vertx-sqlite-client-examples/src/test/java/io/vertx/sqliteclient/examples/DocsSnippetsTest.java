package io.vertx.sqliteclient.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java (and .properties) block in README.md and docs/ is preceded by {@code <!-- snippet: path#tag -->} and
 * must equal the {@code // tag::tag[]} … {@code // end::tag[]} region ({@code # tag::…} in .properties) of that
 * compiled or tested source file, so docs cannot rot.
 */
class DocsSnippetsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->\\s*\\n```(?:java|properties)\\n(.*?)```", Pattern.DOTALL);

  @Test
  void snippetsMatchTheirSources() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
    }
    int checked = 0;
    for (Path page : pages) {
      String text = Files.readString(page);
      long javaBlocks = Pattern.compile("```(java|properties)\\n").matcher(text).results().count();
      Matcher m = SNIPPET.matcher(text);
      int found = 0;
      while (m.find()) {
        found++;
        String expected = region(ROOT.resolve(m.group(1)), m.group(2));
        assertEquals(expected, m.group(3), page.getFileName() + ": snippet " + m.group(1) + "#" + m.group(2) + " is stale");
      }
      assertEquals(javaBlocks, found, page.getFileName() + ": every ```java block needs a <!-- snippet: … --> marker");
      checked += found;
    }
    assertTrue(checked > 0, "no snippets found");
  }

  private static String region(Path source, String tag) throws IOException {
    List<String> lines = Files.readAllLines(source);
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).trim();
      if (l.equals("// tag::" + tag + "[]") || l.equals("# tag::" + tag + "[]")) {
        start = i + 1;
      } else if (l.equals("// end::" + tag + "[]") || l.equals("# end::" + tag + "[]")) {
        end = i;
      }
    }
    assertTrue(start >= 0 && end > start, "no region " + tag + " in " + source);
    List<String> body = lines.subList(start, end);
    int indent = body.stream().filter(l -> !l.isBlank())
      .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return body.stream().map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
      .collect(Collectors.joining("\n", "", "\n"));
  }
}
