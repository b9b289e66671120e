import type { ComponentType } from 'react';
import type { Lang } from '../i18n/index.js';
import type { FieldTypeId } from './runtime-form.js';
import type { RenderNode } from './render-tree.js';

/** One uploaded file as a form stores it (the runtime's attachment item shape). */
export interface AttachmentRef {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  /** MIME type as detected by the server from the content. */
  readonly type: string;
  readonly url?: string;
}

/** Uploads one file and resolves to its stored reference; injected by the host (workspace, preview). */
export type UploadHook = (file: File, context: { fieldPath: string }) => Promise<AttachmentRef>;

/** A choice for person and role pickers. */
export interface PickOption {
  readonly value: string;
  readonly label: string;
}

/** What the host provides to widgets: uploads and the people/roles of the project. */
export interface RendererServices {
  readonly upload?: UploadHook;
  readonly people?: readonly PickOption[];
  readonly roles?: readonly PickOption[];
}

/** Props every field widget receives. */
export interface WidgetProps {
  readonly node: RenderNode;
  /** Data path of this field (`customer.phone`, `items.0.amount`). */
  readonly path: string;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly readOnly: boolean;
  readonly invalid: boolean;
  /** Phone layout: touch-sized controls, one column. */
  readonly compact: boolean;
  readonly lang: Lang;
  readonly services: RendererServices;
  /** Reads / writes another path (multi-select "other" text, sub-table cells). */
  readonly getValue: (path: string) => unknown;
  readonly setValue: (path: string, value: unknown) => void;
  /** Renders a child field (sections and sub-tables use it). */
  readonly renderField: (node: RenderNode, path: string, opts?: { bare?: boolean }) => React.ReactNode;
}

/** A field widget: renders its editor, or its value when read-only. */
export type FieldWidget = ComponentType<WidgetProps>;

/** The widget registry: one widget per runtime field type (a new type is a compile error here). */
export type WidgetRegistry = Readonly<Record<FieldTypeId, FieldWidget>>;
