-- Forms declare their part in the 《退筹动因分析报告》 with `reportRole` ('tracking' | 'workOrder');
-- before it existed the report found them by the shipped form keys. The published versions and the
-- drafts of those keys that declare no role get the role the report gave them, so existing records
-- stay counted and the next publish keeps it. Nothing else changes.
UPDATE `definition_versions` SET `body` = json_set(`body`, '$.reportRole', CASE `key` WHEN 'cancellation-tracking' THEN 'tracking' ELSE 'workOrder' END)
WHERE `kind` = 'form' AND `key` IN ('cancellation-tracking', 'cancellation-work-order', 'school-district-cancellation') AND json_type(`body`, '$.reportRole') IS NULL;
--> statement-breakpoint
UPDATE `definitions` SET `draft` = json_set(`draft`, '$.reportRole', CASE `key` WHEN 'cancellation-tracking' THEN 'tracking' ELSE 'workOrder' END)
WHERE `kind` = 'form' AND `key` IN ('cancellation-tracking', 'cancellation-work-order', 'school-district-cancellation') AND json_type(`draft`, '$.reportRole') IS NULL;
