import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { issue, type Issue } from '../errors/siteflow-error.js';

const message = {
  type: 'object', required: ['zh', 'en'], additionalProperties: false,
  properties: { zh: { type: 'string' }, en: { type: 'string' } },
} as const;
const id = { type: 'string', minLength: 1, maxLength: 100 } as const;
const duration = {
  type: 'object', required: ['amount', 'unit'], additionalProperties: false,
  properties: {
    amount: { type: 'number', minimum: 0 },
    unit: { enum: ['minutes', 'hours', 'workingHours', 'days', 'workingDays'] },
  },
} as const;
const fieldValue = {
  anyOf: [
    { type: ['string', 'number', 'boolean', 'null'] },
    { type: 'object', required: ['expr'], additionalProperties: false, properties: { expr: { type: 'string' } } },
  ],
} as const;
const fieldAccess = { type: 'object', additionalProperties: { enum: ['hidden', 'read', 'edit', 'required'] } } as const;
const fieldValues = { type: 'object', additionalProperties: { $ref: '#/$defs/fieldValue' } } as const;
const base = {
  id: { $ref: '#/$defs/id' },
  name: { $ref: '#/$defs/message' },
  description: { $ref: '#/$defs/message' },
  position: { type: 'object', required: ['x', 'y'], properties: { x: { type: 'number' }, y: { type: 'number' } } },
} as const;
const node = (kind: string, props: Record<string, unknown> = {}, required: string[] = []) => ({
  type: 'object',
  required: ['id', 'kind', 'name', ...required],
  additionalProperties: false,
  properties: { ...base, kind: { const: kind }, ...props },
});

/**
 * The meta-schema of a FlowDefinition (JSON Schema 2020-12): the shape every stored flow must
 * have before semantic checks run. Also usable by the designer and the server's OpenAPI.
 */
export const flowDefinitionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://siteflow.dev/schemas/flow-definition.json',
  type: 'object',
  required: ['key', 'name', 'formKey', 'nodes', 'edges'],
  additionalProperties: false,
  $defs: {
    id, message, duration, fieldValue,
    assignee: {
      type: 'object', discriminator: { propertyName: 'kind' }, required: ['kind'],
      oneOf: [
        { type: 'object', required: ['kind', 'role'], additionalProperties: false, properties: { kind: { const: 'role' }, role: { $ref: '#/$defs/id' } } },
        { type: 'object', required: ['kind', 'userIds'], additionalProperties: false, properties: { kind: { const: 'users' }, userIds: { type: 'array', items: { $ref: '#/$defs/id' } } } },
        { type: 'object', required: ['kind', 'expr'], additionalProperties: false, properties: { kind: { const: 'expression' }, expr: { type: 'string', minLength: 1 } } },
        { type: 'object', required: ['kind'], additionalProperties: false, properties: { kind: { const: 'initiator' } } },
        { type: 'object', required: ['kind'], additionalProperties: false, properties: { kind: { const: 'regionalDirector' } } },
      ],
    },
    escalation: {
      type: 'array',
      items: {
        type: 'object', required: ['after', 'action', 'to'], additionalProperties: false,
        properties: {
          after: { $ref: '#/$defs/duration' },
          action: { enum: ['notify', 'addAssignees', 'reassign'] },
          to: { type: 'array', items: { $ref: '#/$defs/assignee' } },
        },
      },
    },
    step: {
      type: 'object', discriminator: { propertyName: 'kind' }, required: ['kind'],
      oneOf: [
        { type: 'object', required: ['kind', 'values'], additionalProperties: false, properties: { kind: { const: 'setFields' }, values: fieldValues } },
        {
          type: 'object', required: ['kind', 'to', 'template'], additionalProperties: false,
          properties: {
            kind: { const: 'notify' }, to: { type: 'array', items: { $ref: '#/$defs/assignee' } },
            robots: { type: 'array', items: { $ref: '#/$defs/id' } },
            template: { type: 'object', required: ['title'], additionalProperties: false, properties: { title: { $ref: '#/$defs/message' }, body: { $ref: '#/$defs/message' } } },
          },
        },
        { type: 'object', required: ['kind', 'packageKey'], additionalProperties: false, properties: { kind: { const: 'generateDocuments' }, packageKey: { $ref: '#/$defs/id' } } },
        {
          type: 'object', required: ['kind', 'method', 'url'], additionalProperties: false,
          properties: {
            kind: { const: 'http' }, method: { enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] }, url: { type: 'string', minLength: 1 },
            headers: { type: 'object', additionalProperties: { type: 'string' } }, body: fieldValues,
            responseMapping: { type: 'object', additionalProperties: { type: 'string' } }, onError: { enum: ['fail', 'continue'] },
          },
        },
        { type: 'object', required: ['kind', 'flowKey'], additionalProperties: false, properties: { kind: { const: 'startFlow' }, flowKey: { $ref: '#/$defs/id' }, data: fieldValues } },
      ],
    },
    node: {
      type: 'object', discriminator: { propertyName: 'kind' }, required: ['kind'],
      oneOf: [
        node('start', { fields: fieldAccess }),
        node('task', {
          taskType: { enum: ['fill', 'approve'] },
          assignees: { type: 'array', items: { $ref: '#/$defs/assignee' } },
          mode: { enum: ['any', 'all', 'sequential'] },
          fields: fieldAccess,
          actions: { type: 'array', uniqueItems: true, items: { enum: ['submit', 'approve', 'reject', 'return', 'transfer', 'addSigner', 'cc', 'comment'] } },
          returnTo: { enum: ['previous', 'any'] },
          sla: {
            type: 'object', required: ['duration'], additionalProperties: false,
            properties: {
              duration: { $ref: '#/$defs/duration' },
              reminders: { type: 'array', items: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 } },
              escalation: { $ref: '#/$defs/escalation' },
            },
          },
        }, ['taskType', 'assignees', 'mode', 'actions']),
        node('condition'),
        node('parallelSplit'),
        node('parallelJoin'),
        node('action', { steps: { type: 'array', items: { $ref: '#/$defs/step' } } }, ['steps']),
        node('timer', {
          wait: {
            oneOf: [
              { type: 'object', required: ['duration'], additionalProperties: false, properties: { duration: { $ref: '#/$defs/duration' } } },
              { type: 'object', required: ['untilField'], additionalProperties: false, properties: { untilField: { type: 'string', minLength: 1 }, offset: { $ref: '#/$defs/duration' } } },
            ],
          },
        }, ['wait']),
        node('subflow', {
          flowKey: { $ref: '#/$defs/id' }, wait: { type: 'boolean' }, data: fieldValues,
          resultMapping: { type: 'object', additionalProperties: { type: 'string' } },
        }, ['flowKey', 'wait']),
        node('end', {
          outcome: { type: 'object', required: ['key', 'label'], additionalProperties: false, properties: { key: { $ref: '#/$defs/id' }, label: { $ref: '#/$defs/message' } } },
        }),
      ],
    },
  },
  properties: {
    key: { $ref: '#/$defs/id' },
    name: { $ref: '#/$defs/message' },
    formKey: { $ref: '#/$defs/id' },
    version: { type: 'integer', minimum: 0 },
    description: { $ref: '#/$defs/message' },
    supervisorRoles: { type: 'array', items: { $ref: '#/$defs/id' } },
    starterRoles: { type: 'array', items: { $ref: '#/$defs/id' } },
    deadline: {
      type: 'object', required: ['duration', 'escalation'], additionalProperties: false,
      properties: { duration: { $ref: '#/$defs/duration' }, escalation: { $ref: '#/$defs/escalation' } },
    },
    nodes: { type: 'array', items: { $ref: '#/$defs/node' } },
    edges: {
      type: 'array',
      items: {
        type: 'object', required: ['id', 'source', 'target'], additionalProperties: false,
        properties: {
          id: { $ref: '#/$defs/id' }, source: { type: 'string' }, target: { type: 'string' }, label: { $ref: '#/$defs/message' },
          condition: { type: 'object' }, order: { type: 'number' }, default: { type: 'boolean' }, on: { const: 'rejected' },
        },
      },
    },
  },
} as const;

let compiled: ReturnType<Ajv2020['compile']> | undefined;

/** Returns the meta-schema issues of a flow-like value (empty when its shape is right). Pure (validator cached). */
export function checkFlowShape(flow: unknown): Issue[] {
  compiled ??= new Ajv2020({ allErrors: true, strict: false, discriminator: true }).compile(flowDefinitionSchema);
  if (compiled(flow)) return [];
  const errors = (compiled.errors ?? []) as ErrorObject[];
  // oneOf failures explode into one error per alternative; keep the most specific per path.
  const byPath = new Map<string, ErrorObject>();
  for (const e of errors) {
    const prev = byPath.get(e.instancePath);
    if (!prev || prev.keyword === 'oneOf' || prev.keyword === 'anyOf') byPath.set(e.instancePath, e);
  }
  return [...byPath.values()].map((e) => {
    const nodeId = nodeIdAt(flow, e.instancePath);
    const path = e.instancePath.slice(1).replaceAll('/', '.') || '(root)';
    return issue('FLOW_SCHEMA', { path, detail: e.message ?? e.keyword }, { path, ...(nodeId ? { nodeId } : {}) });
  });
}

function nodeIdAt(flow: unknown, pointer: string): string | undefined {
  const m = /^\/(nodes|edges)\/(\d+)/.exec(pointer);
  if (!m || typeof flow !== 'object' || flow === null) return undefined;
  const list = (flow as Record<string, unknown>)[m[1] ?? ''];
  const item = Array.isArray(list) ? (list[Number(m[2])] as { id?: unknown } | undefined) : undefined;
  return typeof item?.id === 'string' ? item.id : undefined;
}
