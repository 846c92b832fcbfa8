export * from './directory/contact-directory.port';
