// Client copy of the server's diagram size limit (lib/diagrams/xml.ts MAX_XML_BYTES), to refuse early.
export const MAX_XML_BYTES_CLIENT = 5 * 1024 * 1024;
