package org.minzheng.standard.spi;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;

/**
 * One standards document of a provider: a name for messages and a way to open the bytes of its JSON.
 *
 * <p>The SPI uses JDK types only in its signatures: a standards module needs no library besides this
 * one.
 *
 * <p><b>Reading a resource in a named module.</b> On the module path, a resource inside a folder whose
 * name is a valid Java package name (for example {@code /yexian/yexian.json}) belongs to a package of
 * the provider's module, and that package is closed to every other module, including
 * {@code org.minzheng.spi}, which {@link #ofResource} asks for it. Three ways out, best first:
 * <ul>
 *   <li>open the stream in the provider's own code, so the module reads its own resource:
 *       {@code StandardsDocument.of("/yexian/yexian.json", () -> YexianProvider.class.getResourceAsStream("/yexian/yexian.json"))};
 *   <li>put the document in a folder whose name is not a package name ({@code /standards-yexian/}, with a hyphen),
 *       the way the shipped modules do;
 *   <li>or add {@code opens yexian to org.minzheng.spi;} to the provider's {@code module-info.java}.
 * </ul>
 * {@link #ofResource} detects the trap and says so instead of reporting a missing resource.
 *
 * @param name the document's name, e.g. {@code /standards-2020/pingdingshan.json}, not null
 * @param bytes opens the UTF-8 JSON; called once per read, by the reader, which closes the stream; not null
 * @since 0.1
 */
public record StandardsDocument(String name, Source bytes) {
  /**
   * Checks the components.
   *
   * @param name the document's name, e.g. {@code /standards-2020/pingdingshan.json}, not null
   * @param bytes opens the UTF-8 JSON; called once per read, by the reader, which closes the stream; not null
   */
  public StandardsDocument {
    requireNonNull(name, "name");
    requireNonNull(bytes, "bytes");
  }

  /**
   * Opens a document's bytes: a JDK-only stand-in for a supplier that may throw {@link IOException}.
   *
   * @since 0.1
   */
  @FunctionalInterface
  public interface Source {
    /**
     * @return a new stream over the document's UTF-8 JSON, which the caller closes
     * @throws IOException if the bytes cannot be opened
     */
    InputStream openStream() throws IOException;

    /**
     * @return every byte of the document
     * @throws IOException if the bytes cannot be read
     */
    default byte[] read() throws IOException {
      try (InputStream in = openStream()) {
        return in.readAllBytes();
      }
    }
  }

  /**
   * A document whose bytes the caller opens, e.g. with its own class's {@code getResourceAsStream}, which
   * works in any named module.
   *
   * @param name the document's name for messages, not null
   * @param source opens the bytes; a {@code null} stream is reported as a missing document; not null
   * @return the document
   */
  public static StandardsDocument of(String name, Source source) {
    requireNonNull(name, "name");
    requireNonNull(source, "source");
    return new StandardsDocument(name, () -> {
      InputStream in = source.openStream();
      if (in == null) {
        throw new FileNotFoundException("standards document " + name + " not found");
      }
      return in;
    });
  }

  /**
   * A document held in memory.
   *
   * @param name the document's name for messages, not null
   * @param json the UTF-8 JSON, copied, not null
   * @return the document
   */
  public static StandardsDocument of(String name, byte[] json) {
    byte[] copy = json.clone();
    return new StandardsDocument(name, () -> new ByteArrayInputStream(copy));
  }

  /**
   * A document read from a resource of {@code owner}'s module (see the class comment for the named-module trap).
   *
   * @param owner a class in the module holding the resource, not null
   * @param resource the absolute resource name, e.g. {@code /standards-2020/pingdingshan.json}, not null
   * @return the document
   * @throws IllegalArgumentException if the resource does not exist, or exists in a package of a named
   *     module that is closed to {@code org.minzheng.spi} (the message says how to fix it)
   */
  public static StandardsDocument ofResource(Class<?> owner, String resource) {
    requireNonNull(owner, "owner");
    requireNonNull(resource, "resource");
    if (owner.getResource(resource) == null) {
      String closed = closedPackage(owner.getModule(), resource);
      if (closed != null) {
        throw new IllegalArgumentException("standards resource " + resource + " of " + owner.getName()
            + " is in package '" + closed + "' of module " + owner.getModule().getName()
            + ", which is closed to org.minzheng.spi (a resource folder whose name is a valid package name becomes a"
            + " package on the module path); use StandardsDocument.of(\"" + resource + "\", () -> "
            + owner.getSimpleName() + ".class.getResourceAsStream(\"" + resource + "\")), or a folder name with a"
            + " hyphen, or 'opens " + closed + " to org.minzheng.spi;' in module-info.java");
      }
      throw new IllegalArgumentException("standards resource " + resource + " not found beside " + owner.getName());
    }
    return new StandardsDocument(resource, () -> {
      InputStream in = owner.getResourceAsStream(resource);
      if (in == null) {
        throw new FileNotFoundException(resource);
      }
      return in;
    });
  }

  /** @return the package holding {@code resource} in a named module when it is closed to this module, else null */
  static String closedPackage(Module module, String resource) {
    if (!module.isNamed()) {
      return null;
    }
    String r = resource.startsWith("/") ? resource.substring(1) : resource;
    int slash = r.lastIndexOf('/');
    if (slash <= 0) {
      return null;
    }
    String pkg = r.substring(0, slash).replace('/', '.');
    ModuleDescriptor d = module.getDescriptor();
    boolean isPackage = d == null ? module.getPackages().contains(pkg) : d.packages().contains(pkg);
    if (!isPackage || module.isOpen(pkg, StandardsDocument.class.getModule())) {
      return null;
    }
    return pkg;
  }
}
