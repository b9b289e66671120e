-- A record's status follows its case: 'open' while any of its flow instances runs (or none started),
-- then 'closed' when one of them completed, else the end of its latest instance ('rejected',
-- 'cancelled', 'withdrawn', 'failed'). Before this the status stayed 'open' for ever; the engine now
-- sets it when a decision ends the record's last running instance. Here the records whose instances
-- have all ended get the status they would have had. Nothing else changes.
UPDATE `records` SET `status` = CASE
  WHEN EXISTS (SELECT 1 FROM `instances` i WHERE i.`record_id` = `records`.`id` AND i.`status` = 'completed') THEN 'closed'
  ELSE (SELECT i.`status` FROM `instances` i WHERE i.`record_id` = `records`.`id` ORDER BY i.`updated_at` DESC, i.`id` DESC LIMIT 1)
END
WHERE `status` = 'open'
  AND EXISTS (SELECT 1 FROM `instances` i WHERE i.`record_id` = `records`.`id`)
  AND NOT EXISTS (SELECT 1 FROM `instances` i WHERE i.`record_id` = `records`.`id` AND i.`status` = 'running');
