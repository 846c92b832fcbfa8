// Test support only: the build excludes `testing` folders, so the root barrel never re-exports this.
export * from './memory-contact-directory';
