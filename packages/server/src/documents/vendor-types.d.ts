// Minimal typings of pizzip 3 (the package ships none): only what documents/ uses.
declare module 'pizzip' {
  interface PizZipObject {
    name: string;
    dir: boolean;
    asText(): string;
    asUint8Array(): Uint8Array;
  }
  interface GenerateOptions {
    type: 'uint8array' | 'nodebuffer';
    compression?: 'STORE' | 'DEFLATE';
    compressionOptions?: { level: number };
  }
  class PizZip {
    constructor(data?: Uint8Array | ArrayBuffer | string, options?: { base64?: boolean });
    files: Record<string, PizZipObject>;
    file(name: string): PizZipObject | null;
    file(name: string, data: string | Uint8Array): this;
    generate(options: GenerateOptions & { type: 'uint8array' }): Uint8Array;
    generate(options: GenerateOptions & { type: 'nodebuffer' }): Buffer;
  }
  export default PizZip;
}
