// Minimal typings for the bpmnlint rule modules (CommonJS, no .d.ts) and saxen, which we call directly.
declare module 'bpmnlint/rules/*' {
  const factory: (config?: unknown) => unknown;
  export default factory;
}
declare module 'bpmnlint/config/recommended' {
  const config: { rules: Record<string, string | [string, unknown]> };
  export default config;
}
declare module 'saxen' {
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(event: string, cb: (...args: any[]) => void): this;
    ns(map?: Record<string, string>): this;
    parse(xml: string): void;
  }
}
declare module 'bpmnlint' {
  export class Linter {
    constructor(options: { config?: unknown; resolver: { resolveRule(pkg: string, name: string): unknown; resolveConfig(pkg: string, name: string): unknown } });
    lint(root: unknown, config?: unknown): Promise<Record<string, { id?: string; message: string; category?: string }[]>>;
  }
}
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: unknown, options?: unknown);
    fromXML(xml: string, typeName?: string): Promise<{ rootElement: any; warnings: { message: string }[]; elementsById: Record<string, any> }>;
    toXML(element: unknown, options?: { format?: boolean }): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): any;
  }
  export default BpmnModdle;
}
