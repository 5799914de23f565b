package org.newsatlas.extract.place;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Length-prefixed primitive arrays in the gazetteer artifact: written through a stream, read back in bulk from a
 * (memory-mapped) byte buffer, so loading costs one copy per array and no per-element calls.
 */
final class BinaryArrays {
  private BinaryArrays() {}

  private static final ByteOrder ORDER = ByteOrder.BIG_ENDIAN;

  static void writeInts(DataOutputStream out, int[] a, int n) throws IOException {
    out.writeInt(n);
    ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ORDER);
    for (int i = 0; i < n; i++) {
      if (b.remaining() < 4) flush(out, b);
      b.putInt(a[i]);
    }
    flush(out, b);
  }

  static void writeFloats(DataOutputStream out, float[] a, int n) throws IOException {
    out.writeInt(n);
    ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ORDER);
    for (int i = 0; i < n; i++) {
      if (b.remaining() < 4) flush(out, b);
      b.putFloat(a[i]);
    }
    flush(out, b);
  }

  static void writeChars(DataOutputStream out, char[] a, int n) throws IOException {
    out.writeInt(n);
    ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ORDER);
    for (int i = 0; i < n; i++) {
      if (b.remaining() < 2) flush(out, b);
      b.putChar(a[i]);
    }
    flush(out, b);
  }

  static void writeBytes(DataOutputStream out, byte[] a, int n) throws IOException {
    out.writeInt(n);
    out.write(a, 0, n);
  }

  /** Strings as one UTF-8 blob plus end offsets: cheap to read back. */
  static void writeStrings(DataOutputStream out, String[] a, int n) throws IOException {
    java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream();
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      byte[] s = a[i] == null ? new byte[0] : a[i].getBytes(StandardCharsets.UTF_8);
      blob.write(s, 0, s.length);
      ends[i] = blob.size();
    }
    writeInts(out, ends, n);
    byte[] bytes = blob.toByteArray();
    writeBytes(out, bytes, bytes.length);
  }

  private static void flush(DataOutputStream out, ByteBuffer b) throws IOException {
    out.write(b.array(), 0, b.position());
    b.clear();
  }

  static int[] readInts(ByteBuffer in) {
    int n = in.getInt();
    int[] a = new int[n];
    in.asIntBuffer().get(a);
    in.position(in.position() + 4 * n);
    return a;
  }

  static float[] readFloats(ByteBuffer in) {
    int n = in.getInt();
    float[] a = new float[n];
    in.asFloatBuffer().get(a);
    in.position(in.position() + 4 * n);
    return a;
  }

  static char[] readChars(ByteBuffer in) {
    int n = in.getInt();
    char[] a = new char[n];
    in.asCharBuffer().get(a);
    in.position(in.position() + 2 * n);
    return a;
  }

  static byte[] readBytes(ByteBuffer in) {
    int n = in.getInt();
    byte[] a = new byte[n];
    in.get(a);
    return a;
  }

  static String[] readStrings(ByteBuffer in) {
    int[] ends = readInts(in);
    byte[] blob = readBytes(in);
    String[] out = new String[ends.length];
    int s = 0;
    for (int i = 0; i < ends.length; i++) {
      out[i] = ends[i] == s ? null : new String(blob, s, ends[i] - s, StandardCharsets.UTF_8);
      s = ends[i];
    }
    return out;
  }
}
