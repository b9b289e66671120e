import type { WidgetRegistry } from '../types.js';
import { AttachmentsWidget } from './AttachmentsWidget.js';
import { BooleanWidget, MultiSelectWidget, SelectWidget } from './choice-widgets.js';
import { DateTimeWidget, DateWidget, TimeWidget } from './date-widgets.js';
import { ComputedWidget, NoteWidget, SectionWidget } from './layout-widgets.js';
import { DurationWidget, MoneyWidget, NumberWidget, PercentWidget } from './number-widgets.js';
import { PersonWidget, RoleWidget } from './people-widgets.js';
import { SubtableWidget } from './SubtableWidget.js';
import { EmailWidget, IdCardWidget, PhoneWidget, TextareaWidget, TextWidget } from './text-widgets.js';

/**
 * The default widget registry, keyed by the runtime's field types: `satisfies` makes a new
 * runtime field type a compile error until it has a widget here.
 */
export const defaultWidgets = {
  text: TextWidget,
  textarea: TextareaWidget,
  number: NumberWidget,
  money: MoneyWidget,
  percent: PercentWidget,
  date: DateWidget,
  datetime: DateTimeWidget,
  time: TimeWidget,
  duration: DurationWidget,
  select: SelectWidget,
  multiselect: MultiSelectWidget,
  boolean: BooleanWidget,
  phone: PhoneWidget,
  idCard: IdCardWidget,
  email: EmailWidget,
  person: PersonWidget,
  role: RoleWidget,
  attachments: AttachmentsWidget,
  subtable: SubtableWidget,
  section: SectionWidget,
  computed: ComputedWidget,
  note: NoteWidget,
} as const satisfies WidgetRegistry;

export { mimeAccepted } from './AttachmentsWidget.js';
export { ReadOnlyValue } from './ReadOnlyValue.js';
