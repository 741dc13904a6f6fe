package io.newsstats.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {
  @TempDir
  Path temp;

  @Test
  void writesChecksummedFilesAndSetsPermissionsAsHadoopDoes() throws Exception {
    Configuration conf = new Configuration();
    conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    FileSystem fs = FileSystem.get(URI.create("file:///"), conf);
    assertInstanceOf(NioLocalFileSystem.class, fs);

    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(temp.resolve("table").toUri());
    assertTrue(fs.mkdirs(dir, new FsPermission((short) 0750)));
    assertEquals(PosixFilePermissions.fromString("rwxr-x---"), Files.getPosixFilePermissions(temp.resolve("table")));

    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(dir, "part-0");
    try (FSDataOutputStream out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
      out.writeBytes("rows");
    }
    assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(temp.resolve("table/part-0")));
    assertTrue(Files.exists(temp.resolve("table/.part-0.crc")), "still Hadoop's checksummed local file system");
    assertEquals(4, fs.getFileStatus(file).getLen());
  }
}
