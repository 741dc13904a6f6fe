package io.newsstats.resources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledFilesTest {
  @Test
  void opensABundledFile() throws Exception {
    try (InputStream in = BundledFiles.open("newsstats/reference/given-names.txt")) {
      assertTrue(in.readAllBytes().length > 1000);
    }
  }

  @Test
  void aMissingFileIsNamed() throws Exception {
    FileNotFoundException e = assertThrows(FileNotFoundException.class, () -> BundledFiles.open("newsstats/none.txt"));
    assertTrue(e.getMessage().contains("newsstats/none.txt"), e.getMessage());
    assertNull(BundledFiles.openIfPresent("newsstats/none.txt"));
  }

  /**
   * JDK-8205976, as it hit a YARN executor: closing any class loader over a jar closes the JVM's
   * cached copy of it under every getResourceAsStream reader (their reads fail with "Stream
   * closed", or the lookup returns null). A stream from BundledFiles has its own copy.
   */
  @Test
  void readsOnWhenAnotherClassLoaderOverTheJarIsClosed(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("data.jar");
    byte[] content = "bundled\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("data/file.txt"));
      out.write(content);
      out.closeEntry();
    }
    URL[] urls = {jar.toUri().toURL()};
    try (URLClassLoader reader = new URLClassLoader(urls, null);
        InputStream in = BundledFiles.open(reader, "data/file.txt")) {
      URLClassLoader other = new URLClassLoader(urls, null);
      other.getResourceAsStream("data/file.txt").close();
      other.close();
      assertArrayEquals(content, in.readAllBytes());
    }
  }
}
