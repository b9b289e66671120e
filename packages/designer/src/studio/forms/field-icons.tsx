import {
  AlignLeftOutlined, BorderOutlined, CalculatorOutlined, CalendarOutlined, CheckSquareOutlined, ClockCircleOutlined,
  CheckCircleOutlined, FieldNumberOutlined, FieldTimeOutlined, FontSizeOutlined, IdcardOutlined, InfoCircleOutlined,
  MailOutlined, MobileOutlined, MoneyCollectOutlined, PaperClipOutlined, PercentageOutlined, ScheduleOutlined,
  SwapOutlined, TableOutlined, TeamOutlined, UnorderedListOutlined, UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { FieldTypeId } from '../../renderer/index.js';

/** The palette icon of each field type (a new runtime type is a compile error here). */
export const fieldIcons: Readonly<Record<FieldTypeId, ReactNode>> = {
  text: <FontSizeOutlined />,
  textarea: <AlignLeftOutlined />,
  number: <FieldNumberOutlined />,
  money: <MoneyCollectOutlined />,
  percent: <PercentageOutlined />,
  date: <CalendarOutlined />,
  datetime: <ScheduleOutlined />,
  time: <ClockCircleOutlined />,
  duration: <FieldTimeOutlined />,
  select: <CheckCircleOutlined />,
  multiselect: <CheckSquareOutlined />,
  boolean: <SwapOutlined />,
  phone: <MobileOutlined />,
  idCard: <IdcardOutlined />,
  email: <MailOutlined />,
  person: <UserOutlined />,
  role: <TeamOutlined />,
  attachments: <PaperClipOutlined />,
  subtable: <TableOutlined />,
  section: <BorderOutlined />,
  computed: <CalculatorOutlined />,
  note: <InfoCircleOutlined />,
};

/** Returns the icon for a type, e.g. in the canvas and the property panel. */
export function FieldIcon({ type }: { type: FieldTypeId }) {
  return <>{fieldIcons[type] ?? <UnorderedListOutlined />}</>;
}
