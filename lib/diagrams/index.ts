export * from '@/lib/diagrams/diagrams';
export { MAX_XML_BYTES } from '@/lib/diagrams/xml';
export { starterXml } from '@/lib/diagrams/starter';
export { diagramThumbnail } from '@/lib/diagrams/thumbnail';
