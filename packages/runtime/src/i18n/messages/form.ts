import type { CatalogueEntry } from '../types.js';

/**
 * Codes of the form engine (`src/form`). Data issues name the field by its label in each
 * language: `{labelZh}` / `{labelEn}`. Definition issues (`FORM_DEF_*`) name the field key.
 */
export const formMessages = {
  // Submitted data
  FORM_DATA_NOT_OBJECT: { kind: 'user', zh: '提交的数据格式不正确：应为“字段: 值”的对象', en: 'The submitted data must be an object of field values' },
  FORM_UNKNOWN_FIELD: { kind: 'user', zh: '表单中没有字段「{field}」，该值不会被保存', en: 'The form has no field "{field}"; the value is not saved' },
  FORM_REQUIRED: { kind: 'user', zh: '「{labelZh}」为必填项', en: '"{labelEn}" is required' },
  FORM_OTHER_REQUIRED: { kind: 'user', zh: '「{labelZh}」选择了“其他”，请填写具体说明', en: '"{labelEn}": "Other" is selected, please specify' },
  FORM_EXPECTED_TEXT: { kind: 'user', zh: '「{labelZh}」应为文本', en: '"{labelEn}" must be text' },
  FORM_EXPECTED_NUMBER: { kind: 'user', zh: '「{labelZh}」应为数字', en: '"{labelEn}" must be a number' },
  FORM_EXPECTED_INTEGER: { kind: 'user', zh: '「{labelZh}」应为整数', en: '"{labelEn}" must be a whole number' },
  FORM_EXPECTED_BOOLEAN: { kind: 'user', zh: '「{labelZh}」应选择“是”或“否”', en: '"{labelEn}" must be yes or no' },
  FORM_EXPECTED_LIST: { kind: 'user', zh: '「{labelZh}」应为列表', en: '"{labelEn}" must be a list' },
  FORM_EXPECTED_OBJECT: { kind: 'user', zh: '「{labelZh}」的格式不正确', en: '"{labelEn}" has the wrong format' },
  FORM_TOO_SMALL: { kind: 'user', zh: '「{labelZh}」不能小于 {limit}', en: '"{labelEn}" must be at least {limit}' },
  FORM_TOO_LARGE: { kind: 'user', zh: '「{labelZh}」不能大于 {limit}', en: '"{labelEn}" must be at most {limit}' },
  FORM_TOO_SHORT: { kind: 'user', zh: '「{labelZh}」至少需要 {limit} 个字', en: '"{labelEn}" needs at least {limit} characters' },
  FORM_TOO_LONG: { kind: 'user', zh: '「{labelZh}」最多 {limit} 个字', en: '"{labelEn}" allows at most {limit} characters' },
  FORM_TOO_FEW: { kind: 'user', zh: '「{labelZh}」至少需要 {limit} 项', en: '"{labelEn}" needs at least {limit} item(s)' },
  FORM_TOO_MANY: { kind: 'user', zh: '「{labelZh}」最多 {limit} 项', en: '"{labelEn}" allows at most {limit} item(s)' },
  FORM_DUPLICATE_ITEMS: { kind: 'user', zh: '「{labelZh}」中有重复的选项', en: '"{labelEn}" contains duplicates' },
  FORM_DECIMALS: { kind: 'user', zh: '「{labelZh}」最多保留 {decimals} 位小数', en: '"{labelEn}" allows at most {decimals} decimal place(s)' },
  FORM_OPTION_INVALID: { kind: 'user', zh: '「{labelZh}」没有选项「{value}」', en: '"{labelEn}" has no option "{value}"' },
  FORM_PHONE_INVALID: { kind: 'user', zh: '手机号格式不正确：「{labelZh}」应为 11 位中国大陆手机号', en: 'Invalid mobile number: "{labelEn}" must be an 11-digit mainland China mobile number' },
  FORM_ID_CARD_INVALID: { kind: 'user', zh: '身份证号格式不正确：「{labelZh}」应为 18 位居民身份证号', en: 'Invalid ID number: "{labelEn}" must be an 18-character resident ID number' },
  FORM_ID_CARD_BIRTH_DATE: { kind: 'user', zh: '身份证号不正确：「{labelZh}」中的出生日期不存在', en: 'Invalid ID number: the birth date in "{labelEn}" does not exist' },
  FORM_ID_CARD_CHECKSUM: { kind: 'user', zh: '身份证号校验位不正确：请核对「{labelZh}」', en: 'Wrong ID number check digit: please check "{labelEn}"' },
  FORM_EMAIL_INVALID: { kind: 'user', zh: '邮箱格式不正确：「{labelZh}」', en: 'Invalid e-mail address: "{labelEn}"' },
  FORM_DATE_INVALID: { kind: 'user', zh: '「{labelZh}」日期不正确（格式：2025-12-20）', en: '"{labelEn}": invalid date (format 2025-12-20)' },
  FORM_DATETIME_INVALID: { kind: 'user', zh: '「{labelZh}」日期时间不正确（格式：2025-12-20T16:17:00+08:00）', en: '"{labelEn}": invalid date and time (format 2025-12-20T16:17:00+08:00)' },
  FORM_TIME_INVALID: { kind: 'user', zh: '「{labelZh}」时间不正确（格式：16:17）', en: '"{labelEn}": invalid time (format 16:17)' },
  FORM_ID_INVALID: { kind: 'user', zh: '「{labelZh}」的取值格式不正确', en: '"{labelEn}" has an invalid identifier' },
  FORM_PERSON_UNKNOWN: { kind: 'user', zh: '「{labelZh}」中的人员「{value}」不是本项目成员', en: '"{labelEn}": "{value}" is not a member of this project' },
  FORM_ROLE_UNKNOWN: { kind: 'user', zh: '「{labelZh}」中的角色「{value}」不存在', en: '"{labelEn}": role "{value}" does not exist' },
  FORM_ATTACHMENT_INVALID: { kind: 'user', zh: '「{labelZh}」中的附件信息不完整（需要编号、文件名、大小、类型）', en: '"{labelEn}": an attachment lacks its id, name, size or type' },
  FORM_ATTACHMENT_TOO_LARGE: { kind: 'user', zh: '「{labelZh}」中的文件超过 {limit} MB', en: '"{labelEn}": a file is larger than {limit} MB' },
  FORM_ATTACHMENT_TYPE: { kind: 'user', zh: '「{labelZh}」只接受以下文件类型：{accept}', en: '"{labelEn}" only accepts: {accept}' },
  FORM_READ_ONLY: { kind: 'user', zh: '「{labelZh}」为只读，不能修改', en: '"{labelEn}" is read-only and cannot be changed' },
  FORM_FIELD_NOT_PERMITTED: { kind: 'user', zh: '当前步骤无权填写「{labelZh}」', en: 'This step may not fill in "{labelEn}"' },
  FORM_INVALID_VALUE: { kind: 'user', zh: '「{labelZh}」的值不正确', en: '"{labelEn}" has an invalid value' },
  FORM_DEFINITION_INVALID: { kind: 'user', zh: '表单「{key}」的定义有 {count} 处问题，请在表单设计器中修正', en: 'Form "{key}" has {count} problem(s) in its definition; fix them in the form designer' },

  // Form definitions
  FORM_DEF_MISSING: { kind: 'user', zh: '表单定义「{where}」缺少「{name}」', en: 'The form definition lacks "{name}" at "{where}"' },
  FORM_DEF_UNEXPECTED: { kind: 'user', zh: '表单定义「{where}」中有不支持的设置「{name}」', en: 'Unsupported setting "{name}" at "{where}" of the form definition' },
  FORM_DEF_INVALID: { kind: 'user', zh: '表单定义「{where}」的值不正确', en: 'Invalid value at "{where}" of the form definition' },
  FORM_DEF_FIELD_TEXT_EMPTY: { kind: 'user', zh: '「{fieldZh}」的{settingZh}（{langZh}）不能为空', en: 'The {settingEn} ({langEn}) of "{fieldEn}" cannot be empty' },
  FORM_DEF_FIELD_SETTING: { kind: 'user', zh: '「{fieldZh}」的{settingZh}设置不正确', en: 'The {settingEn} of "{fieldEn}" is not valid' },
  FORM_DEF_FIELD_SETTING_MISSING: { kind: 'user', zh: '「{fieldZh}」缺少{settingZh}', en: '"{fieldEn}" has no {settingEn}' },
  FORM_DEF_BAD_REPORT_ROLE: { kind: 'user', zh: '报表角色「{value}」不存在：可选 workOrder（退订工单）或 tracking（退筹事件追踪表），不参与报表时不填', en: 'Report role "{value}" is unknown: use workOrder (cancellation work order) or tracking (cancellation tracking table), or leave it out' },
  FORM_DEF_UNKNOWN_COLUMN: { kind: 'user', zh: '追踪表默认列「{column}」不是本表单可显示为列的字段', en: 'Default table column "{column}" is not a field of this form that a table can show' },
  FORM_DEF_BAD_KEY: { kind: 'user', zh: '字段标识「{key}」不合法：须以英文字母开头，只含字母、数字和下划线，且不能是保留字', en: 'Field key "{key}" is invalid: start with a letter, use letters, digits and _ only, and avoid reserved words' },
  FORM_DEF_DUPLICATE_KEY: { kind: 'user', zh: '字段标识「{key}」与「{other}」重复（不区分大小写）', en: 'Field key "{key}" duplicates "{other}" (case-insensitive)' },
  FORM_DEF_UNKNOWN_FIELD_TYPE: { kind: 'user', zh: '字段「{key}」没有指定已知的字段类型或控件', en: 'Field "{key}" names no known field type or widget' },
  FORM_DEF_WIDGET_MISMATCH: { kind: 'user', zh: '字段「{key}」的控件「{widget}」不适用于该字段类型', en: 'Widget "{widget}" does not fit the type of field "{key}"' },
  FORM_DEF_TYPE_MISMATCH: { kind: 'user', zh: '字段「{key}」的数据类型应为 {expected}，而不是 {actual}', en: 'Field "{key}" must have data type {expected}, not {actual}' },
  FORM_DEF_OPTIONS_MISSING: { kind: 'user', zh: '选择字段「{key}」没有设置选项', en: 'Choice field "{key}" has no options' },
  FORM_DEF_DUPLICATE_OPTION: { kind: 'user', zh: '字段「{key}」的选项值「{value}」重复', en: 'Field "{key}" has the option value "{value}" twice' },
  FORM_DEF_COMPUTED_NO_FORMULA: { kind: 'user', zh: '计算字段「{key}」没有设置公式', en: 'Computed field "{key}" has no formula' },
  FORM_DEF_SUBTABLE_NO_COLUMNS: { kind: 'user', zh: '子表「{key}」没有任何列', en: 'Sub-table "{key}" has no columns' },
  FORM_DEF_SECTION_EMPTY: { kind: 'user', zh: '分组「{key}」中没有字段', en: 'Section "{key}" has no fields' },
  FORM_DEF_BAD_COLUMN: { kind: 'user', zh: '子表的列「{key}」不能是分组、子表或说明文字', en: 'Sub-table column "{key}" cannot be a section, a sub-table or a note' },
  FORM_DEF_COLUMN_LINKAGE: { kind: 'user', zh: '子表的列「{key}」不支持显示/必填/只读联动', en: 'Sub-table column "{key}" cannot have visibility, required or read-only rules' },
  FORM_DEF_VALUE_EXPR_NOT_ALLOWED: { kind: 'user', zh: '字段「{key}」不能设置取值公式', en: 'Field "{key}" cannot have a value expression' },
  FORM_DEF_AUTO_NUMBER_NOT_ALLOWED: { kind: 'user', zh: '字段「{key}」不能自动编号：只有单行文本（不在子表中）可以', en: 'Field "{key}" cannot be numbered automatically: only a text field outside sub-tables can' },
  FORM_DEF_AUTO_NUMBER_REQUIRED: { kind: 'user', zh: '自动编号字段「{key}」不能设为必填：留空时由系统在创建记录时生成', en: 'Automatically numbered field "{key}" cannot be required: left empty, it is filled in when the record is created' },
  FORM_DEF_REQUIRED_UNKNOWN: { kind: 'user', zh: '必填列表中的「{key}」不是这一层的字段', en: '"{key}" in the required list is not a field at this level' },
  FORM_DEF_RANGE: { kind: 'user', zh: '字段「{key}」的下限大于上限', en: 'Field "{key}" has a lower limit above its upper limit' },
  FORM_DEF_LAYOUT_UNKNOWN_FIELD: { kind: 'user', zh: '布局「{section}」引用了不存在的字段「{key}」', en: 'Layout "{section}" names an unknown field "{key}"' },
  FORM_DEF_LAYOUT_DUPLICATE_FIELD: { kind: 'user', zh: '字段「{key}」在布局中出现了多次', en: 'Field "{key}" is placed more than once in the layout' },
  FORM_DEF_LAYOUT_DUPLICATE_SECTION: { kind: 'user', zh: '布局中的分区/标签页标识「{key}」重复', en: 'Layout section or tab key "{key}" is used twice' },
  FORM_DEF_LINKAGE_CYCLE: { kind: 'user', zh: '字段之间的联动或公式形成了循环：{fields}', en: 'Linkage rules or formulas form a cycle: {fields}' },
} as const satisfies Record<string, CatalogueEntry>;

/** Field settings as the form designer's property panel names them (in FORM_DEF_FIELD_* messages). */
export const fieldSettingNames = {
  label: { zh: '标题', en: 'label' }, placeholder: { zh: '占位提示', en: 'placeholder' }, help: { zh: '帮助说明', en: 'help text' },
  options: { zh: '选项', en: 'options' }, unit: { zh: '单位', en: 'unit' }, text: { zh: '说明文字', en: 'note text' },
  decimals: { zh: '小数位数', en: 'decimal places' }, span: { zh: '占列数', en: 'column span' }, accept: { zh: '允许的文件类型', en: 'accepted file types' },
  maxSizeMb: { zh: '文件大小上限', en: 'file size limit' }, autoNumber: { zh: '自动编号', en: 'automatic number' },
  formula: { zh: '公式', en: 'formula' }, valueExpr: { zh: '取值公式', en: 'value expression' },
} as const;

/** The languages of a bilingual setting (标题（中文）). */
export const languageNames = { zh: { zh: '中文', en: 'Chinese' }, en: { zh: '英文', en: 'English' } } as const;
