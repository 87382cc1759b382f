package org.minzheng.standard.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.io.ByteSource;

/**
 * One standards document of a provider: a name for messages and the bytes of its JSON.
 *
 * @param name the document's name, e.g. {@code /standards-2020/pingdingshan.json}, not null
 * @param bytes the UTF-8 JSON, opened by the provider (so module encapsulation is no issue), not null
 * @since 0.1
 */
public record StandardsDocument(String name, ByteSource bytes) {
  /** Checks the components. */
  public StandardsDocument {
    requireNonNull(name, "name");
    requireNonNull(bytes, "bytes");
  }

  /**
   * A document read from a class-path resource of {@code owner}'s module.
   *
   * @param owner a class in the module holding the resource, not null
   * @param resource the absolute resource name, e.g. {@code /standards-2020/pingdingshan.json}, not null
   * @return the document
   * @throws IllegalArgumentException if the resource does not exist
   */
  public static StandardsDocument ofResource(Class<?> owner, String resource) {
    requireNonNull(owner, "owner");
    requireNonNull(resource, "resource");
    if (owner.getResource(resource) == null) {
      throw new IllegalArgumentException("standards resource " + resource + " not found beside " + owner.getName());
    }
    ByteSource source = new ByteSource() {
      @Override
      public java.io.InputStream openStream() throws java.io.IOException {
        java.io.InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
          throw new java.io.FileNotFoundException(resource);
        }
        return in;
      }

      @Override
      public String toString() {
        return resource;
      }
    };
    return new StandardsDocument(resource, source);
  }
}
