-- A BPMSoft-like PostgreSQL database for the benchmarks (scripts/bench; docs/benchmarks.md).
--
-- The structure of the sandbox site (sandbox/SandboxSchema: quoted mixed-case names, "Id" uuid,
-- "CreatedOn", "ModifiedOn") plus the large tables a production BPMSoft has: Contact, Activity,
-- ActivityFile (attachments as bytea), SysAdminUnit. Filled entirely on the server with
-- generate_series; every value is derived from md5(seed || row), so the same seed and sizes give
-- the same database, byte for byte, on every run.
--
-- Run by bench/BenchDatabaseGenerator, one step at a time ("-- step: NAME" starts a step), on
-- one session (the helper functions live in pg_temp). Each ${...} placeholder is replaced first.

-- step: helpers
-- A non-negative pseudo-random integer from a key: the first 48 bits of md5(seed:key).
CREATE FUNCTION pg_temp.r(key text) RETURNS bigint LANGUAGE sql IMMUTABLE AS
$$ SELECT ('x' || substr(md5('${seed}:' || key), 1, 12))::bit(48)::bigint $$;
CREATE FUNCTION pg_temp.u(key text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
$$ SELECT md5('${seed}:' || key)::uuid $$;
-- A date between 2019-01-01 and 2025-12-31.
CREATE FUNCTION pg_temp.d(key text) RETURNS timestamp LANGUAGE sql IMMUTABLE AS
$$ SELECT timestamp '2019-01-01' + (pg_temp.r(key) % (7 * 365 * 86400)) * interval '1 second' $$;
-- An element of a list.
CREATE FUNCTION pg_temp.pick(key text, items text[]) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT items[1 + pg_temp.r(key) % array_length(items, 1)] $$;

-- step: structure
CREATE TABLE "SysSettings" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "Code" text, "Name" text, "ValueTypeName" text, "IsPersonal" boolean, "Description" text);
CREATE TABLE "SysSettingsValue" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "SysSettingsId" uuid, "SysAdminUnitId" uuid, "TextValue" text, "IntegerValue" integer,
    "BooleanValue" boolean, "GuidValue" uuid, "DateTimeValue" timestamp, "FloatValue" double precision);
CREATE TABLE "SysPackage" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "Name" text, "UId" uuid, "Version" text, "Maintainer" text, "InstallType" integer, "Description" text);
CREATE TABLE "SysSchema" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "Name" text, "Caption" text, "ManagerName" text, "SysPackageId" uuid);
CREATE TABLE "SysProcessStatus" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "Name" text);
CREATE TABLE "SysProcessLog" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "Name" text, "StatusId" uuid, "StartDate" timestamp, "CompleteDate" timestamp,
    "ErrorDescription" text, "SysSchemaId" uuid);
CREATE TABLE "QRTZ_TRIGGERS" ("SCHED_NAME" text, "TRIGGER_NAME" text, "TRIGGER_GROUP" text,
    "JOB_NAME" text, "JOB_GROUP" text, "DESCRIPTION" text, "NEXT_FIRE_TIME" bigint,
    "PREV_FIRE_TIME" bigint, "PRIORITY" integer, "TRIGGER_STATE" text, "TRIGGER_TYPE" text,
    "START_TIME" bigint, "END_TIME" bigint,
    PRIMARY KEY ("SCHED_NAME", "TRIGGER_NAME", "TRIGGER_GROUP"));
CREATE TABLE "MailServer" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "Name" text, "Address" text, "Port" integer, "UseSSL" boolean);
CREATE TABLE "MailboxSyncSettings" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "SenderEmailAddress" text, "UserName" text, "MailServerId" uuid, "EnableMailSynhronization" boolean);
CREATE TABLE "Account" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "Name" text, "SmrINN" text);
CREATE TABLE "Product" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "Name" text, "Code" text);
CREATE TABLE "SmrOneCConnection" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "SmrName" text, "SmrUrl" text, "SmrUser" text, "SmrPassword" text, "SmrIsActive" boolean);
CREATE TABLE "SmrIntegrationObject" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "SmrName" text, "SmrEntityName" text, "SmrOneCObject" text, "SmrKeyColumn" text,
    "SmrOneCKeyField" text, "SmrIsActive" boolean, "SmrExportEnabled" boolean, "SmrOrder" integer);
CREATE TABLE "SmrSyncHistory" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "SmrObjectName" text, "SmrRecordId" uuid, "SmrExternalId" text, "SmrSyncDate" timestamp);
CREATE TABLE "SmrIntegrationLog" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "SmrIntegrationObjectId" uuid, "SmrProcessLogId" uuid, "SmrStartDate" timestamp,
    "SmrEndDate" timestamp, "SmrStatus" text, "SmrCreated" integer, "SmrUpdated" integer,
    "SmrLinked" integer, "SmrExported" integer, "SmrErrors" integer, "SmrMessage" text);
CREATE VIEW "VwSysProcessLog" AS SELECT * FROM "SysProcessLog";
-- The large tables of a production site that the sandbox does not model.
CREATE TABLE "SysAdminUnit" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "Name" text, "ContactId" uuid, "Active" boolean, "SysAdminUnitTypeValue" integer);
CREATE TABLE "Contact" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "Name" text, "Surname" text, "GivenName" text, "MiddleName" text, "JobTitle" text,
    "AccountId" uuid, "Email" text, "Phone" text, "MobilePhone" text, "BirthDate" date,
    "Notes" text);
CREATE TABLE "Activity" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "Title" text, "StartDate" timestamp, "DueDate" timestamp, "OwnerId" uuid, "ContactId" uuid,
    "AccountId" uuid, "StatusId" uuid, "Notes" text);
CREATE TABLE "ActivityFile" ("Id" uuid PRIMARY KEY, "CreatedOn" timestamp, "ModifiedOn" timestamp,
    "Name" text, "ActivityId" uuid, "Size" integer, "Version" integer, "Data" bytea);
-- BPMSoft creates these casts (CreateTypeCastsPostgreSql.sql); a dump carries them.
DO $$ BEGIN
    CREATE CAST (varchar AS integer) WITH INOUT AS IMPLICIT;
EXCEPTION WHEN duplicate_object THEN NULL; END $$;

-- step: system tables
INSERT INTO "SysPackage" SELECT pg_temp.u('pkg:' || i), pg_temp.d('pkgc:' || i), pg_temp.d('pkgm:' || i),
    CASE WHEN i = 1 THEN 'Base' WHEN i = 2 THEN 'SmrOneCConnector' ELSE 'Package' || i END,
    pg_temp.u('pkguid:' || i), CASE WHEN i = 2 THEN '1.4.2' ELSE '1.6.0.' || (100 + i) END,
    CASE WHEN i = 2 THEN 'Smr' ELSE 'BPMSoft' END, 0, 'Package ' || i
FROM generate_series(1, 400) i;
INSERT INTO "SysSchema" SELECT pg_temp.u('schema:' || i), pg_temp.d('schc:' || i), pg_temp.d('schm:' || i),
    'Schema' || i, 'Schema ' || i,
    pg_temp.pick('schk:' || i, ARRAY['EntitySchemaManager', 'ProcessSchemaManager', 'ClientUnitSchemaManager', 'SourceCodeSchemaManager']),
    pg_temp.u('pkg:' || (1 + i % 400))
FROM generate_series(1, 20000) i;
INSERT INTO "SysSchema" VALUES (pg_temp.u('schema:integration'), now(), now(), 'SmrRunIntegration',
    'Run the 1C integration', 'ProcessSchemaManager', pg_temp.u('pkg:2'));
INSERT INTO "SysProcessStatus" SELECT pg_temp.u('status:' || i), now(), now(), s
FROM unnest(ARRAY['Running', 'Completed', 'Error', 'Cancelled']) WITH ORDINALITY AS t(s, i);
INSERT INTO "SysSettings" SELECT pg_temp.u('set:' || i), now(), now(), 'Setting' || i, 'Setting ' || i,
    pg_temp.pick('sett:' || i, ARRAY['Text', 'Integer', 'Boolean', 'Lookup']), false, NULL
FROM generate_series(1, 3000) i;
INSERT INTO "SysSettings" VALUES (pg_temp.u('set:SiteUrl'), now(), now(), 'SiteUrl', 'Site URL', 'Text', false, NULL);
INSERT INTO "SysSettingsValue" SELECT pg_temp.u('setv:' || i), now(), now(), pg_temp.u('set:' || i),
    pg_temp.u('sau:1'), 'value ' || i, i, i % 2 = 0, NULL, NULL, NULL
FROM generate_series(1, 3000) i;
INSERT INTO "SysAdminUnit" SELECT pg_temp.u('sau:' || i), pg_temp.d('sauc:' || i), now(),
    CASE WHEN i = 1 THEN 'Supervisor' ELSE 'user' || i END, pg_temp.u('contact:' || i), true,
    CASE WHEN i % 20 = 0 THEN 0 ELSE 4 END
FROM generate_series(1, ${users}) i;
INSERT INTO "QRTZ_TRIGGERS" SELECT 'BPMSoftQuartzScheduler', 'Trigger' || i, 'DEFAULT', 'Job' || i,
    'DEFAULT', NULL, 1700000000000 + i, 1690000000000 + i, 5, 'WAITING', 'SIMPLE', 1600000000000, 0
FROM generate_series(1, 200) i;
INSERT INTO "MailServer" VALUES (pg_temp.u('mail:1'), now(), now(), 'Corporate', 'mail.example.local', 993, true);
INSERT INTO "MailboxSyncSettings" SELECT pg_temp.u('mbox:' || i), now(), now(), 'user' || i || '@example.local',
    'user' || i, pg_temp.u('mail:1'), true FROM generate_series(1, 50) i;
INSERT INTO "SmrOneCConnection" VALUES (pg_temp.u('onec:1'), now(), now(), '1C production',
    'http://1c-prod.example.local/trade/odata/standard.odata', 'integration', NULL, true);
INSERT INTO "SmrIntegrationObject" SELECT pg_temp.u('io:' || i), now(), now(), n, n,
    'Catalog_' || n, 'Id', 'Ref_Key', true, true, i
FROM unnest(ARRAY['Account', 'Contact', 'Product', 'Order', 'Invoice', 'Document']) WITH ORDINALITY AS t(n, i);

-- step: Account
INSERT INTO "Account" SELECT pg_temp.u('account:' || i), pg_temp.d('ac:' || i), pg_temp.d('am:' || i),
    pg_temp.pick('an:' || i, ARRAY['ООО', 'АО', 'ИП', 'ПАО']) || ' «' ||
        pg_temp.pick('an1:' || i, ARRAY['Северный', 'Торговый', 'Восток', 'Меридиан', 'Альфа', 'Промснаб', 'Ресурс', 'Технологии']) || ' ' ||
        pg_temp.pick('an2:' || i, ARRAY['дом', 'центр', 'групп', 'сервис', 'трейд', 'логистик']) || ' ' || i || '»',
    lpad((pg_temp.r('inn:' || i) % 10000000000)::text, 10, '0')
FROM generate_series(1, ${accounts}) i;
INSERT INTO "Product" SELECT pg_temp.u('product:' || i), pg_temp.d('pc:' || i), pg_temp.d('pm:' || i),
    'Товар ' || i, 'P-' || lpad(i::text, 8, '0')
FROM generate_series(1, ${products}) i;

-- step: Contact
INSERT INTO "Contact" SELECT pg_temp.u('contact:' || i), pg_temp.d('cc:' || i), pg_temp.d('cm:' || i),
    sn || ' ' || gn || ' ' || mn, sn, gn, mn,
    pg_temp.pick('cj:' || i, ARRAY['Менеджер', 'Директор', 'Бухгалтер', 'Инженер', 'Специалист по закупкам', NULL]),
    pg_temp.u('account:' || (1 + pg_temp.r('ca:' || i) % ${accounts})),
    'contact' || i || '@example.ru', '+7 495 ' || lpad((pg_temp.r('cp:' || i) % 10000000)::text, 7, '0'),
    '+7 9' || lpad((pg_temp.r('cmp:' || i) % 1000000000)::text, 9, '0'),
    date '1960-01-01' + (pg_temp.r('cb:' || i) % 15000)::int,
    CASE WHEN i % 4 = 0 THEN 'Контакт из 1С. Предпочитает связь по электронной почте; '
        || 'договор № ' || i || ' от ' || to_char(pg_temp.d('cn:' || i), 'DD.MM.YYYY') ELSE NULL END
FROM (SELECT i,
        pg_temp.pick('sn:' || i, ARRAY['Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров']) AS sn,
        pg_temp.pick('gn:' || i, ARRAY['Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Иван', 'Михаил']) AS gn,
        pg_temp.pick('mn:' || i, ARRAY['Александрович', 'Сергеевич', 'Дмитриевич', 'Андреевич', 'Иванович']) AS mn
      FROM generate_series(1, ${contacts}) i) AS c;

-- step: Activity
INSERT INTO "Activity" SELECT pg_temp.u('activity:' || i), sd - interval '1 day', sd,
    pg_temp.pick('at:' || i, ARRAY['Звонок клиенту', 'Встреча', 'Отправить коммерческое предложение', 'Согласовать договор', 'Письмо']) || ' #' || i,
    sd, sd + interval '1 hour', pg_temp.u('sau:' || (1 + i % ${users})),
    pg_temp.u('contact:' || (1 + pg_temp.r('acn:' || i) % ${contacts})),
    pg_temp.u('account:' || (1 + pg_temp.r('aac:' || i) % ${accounts})),
    pg_temp.u('status:' || (1 + i % 4)),
    CASE WHEN i % 3 = 0 THEN repeat('Обсудили условия поставки и сроки оплаты. ', 1 + (i % 6)) ELSE NULL END
FROM (SELECT i, pg_temp.d('as:' || i) AS sd FROM generate_series(1, ${activities}) i) AS a;

-- step: ActivityFile
-- Attachments: two of three incompressible (scans, PDFs: md5 bytes), one of three text.
INSERT INTO "ActivityFile" SELECT pg_temp.u('file:' || i), pg_temp.d('fc:' || i), pg_temp.d('fc:' || i),
    CASE WHEN i % 3 = 0 THEN 'Договор_' || i || '.txt' ELSE 'Скан_' || i || '.pdf' END,
    pg_temp.u('activity:' || (1 + pg_temp.r('fa:' || i) % ${activities})), kb * 1024, 1,
    CASE WHEN i % 3 = 0
        THEN substring(convert_to(repeat('Договор поставки № ' || i || ' от ' || to_char(pg_temp.d('fd:' || i), 'DD.MM.YYYY')
             || '. Поставщик обязуется передать товар в срок. ', kb * 8), 'UTF8') FROM 1 FOR kb * 1024)
        ELSE (SELECT decode(string_agg(md5('${seed}:fb:' || i || ':' || j), ''), 'hex')
              FROM generate_series(1, kb * 64) j) END
FROM (SELECT i, 4 + (pg_temp.r('fk:' || i) % (2 * ${file_kb} - 8))::int AS kb
      FROM generate_series(1, ${files}) i) AS f;

-- step: SysProcessLog
INSERT INTO "SysProcessLog" SELECT pg_temp.u('plog:' || i), sd, sd + interval '3 seconds',
    pg_temp.pick('pn:' || i, ARRAY['SmrRunIntegration', 'Обработка входящего письма', 'Актуализация контрагента', 'Синхронизация с 1С', 'Напоминание о задаче']),
    pg_temp.u('status:' || CASE WHEN i % 25 = 0 THEN 3 ELSE 2 END), sd, sd + interval '3 seconds',
    CASE WHEN i % 25 = 0 THEN 'BPMSoft.Common.ItemNotFoundException: Значение "' || pg_temp.u('nf:' || i)
        || '" не найдено в объекте "Contact".' || repeat(E'\n   at BPMSoft.Core.Entities.Entity.FetchFromDB(EntitySchemaColumn column, Object value)', 12)
        ELSE NULL END,
    pg_temp.u('schema:' || (1 + i % 20000))
FROM (SELECT i, pg_temp.d('ps:' || i) AS sd FROM generate_series(1, ${process_logs}) i) AS p;

-- step: SmrSyncHistory
INSERT INTO "SmrSyncHistory" SELECT pg_temp.u('sync:' || i), sd, sd,
    obj, pg_temp.u(lower(obj) || ':' || (1 + pg_temp.r('sr:' || i) % ${contacts})),
    pg_temp.u('ref:' || i)::text, sd
FROM (SELECT i, pg_temp.d('sd:' || i) AS sd,
        pg_temp.pick('so:' || i, ARRAY['Account', 'Contact', 'Contact', 'Product', 'Order', 'Invoice', 'Document']) AS obj
      FROM generate_series(1, ${sync_rows}) i) AS s;

-- step: SmrIntegrationLog
INSERT INTO "SmrIntegrationLog" SELECT pg_temp.u('ilog:' || i), sd, sd, pg_temp.u('io:' || (1 + i % 6)),
    pg_temp.u('plog:' || i), sd, sd + interval '40 seconds',
    CASE WHEN i % 30 = 0 THEN 'Error' ELSE 'Completed' END,
    (pg_temp.r('ic:' || i) % 50)::int, (pg_temp.r('iu:' || i) % 500)::int, (pg_temp.r('il:' || i) % 20)::int,
    (pg_temp.r('ie:' || i) % 50)::int, CASE WHEN i % 30 = 0 THEN 1 ELSE 0 END,
    CASE WHEN i % 30 = 0 THEN 'Ошибка обмена: 1С вернула 500 для Catalog_Контрагенты' ELSE NULL END
FROM (SELECT i, pg_temp.d('is:' || i) AS sd FROM generate_series(1, ${integration_logs}) i) AS l;

-- step: indexes
CREATE INDEX "IX_SmrSyncHistory_Record" ON "SmrSyncHistory" ("SmrRecordId");
CREATE INDEX "IX_SmrSyncHistory_External" ON "SmrSyncHistory" ("SmrObjectName", "SmrExternalId");
CREATE INDEX "IX_Account_INN" ON "Account" ("SmrINN");
CREATE INDEX "IX_Product_Code" ON "Product" ("Code");
CREATE INDEX "IX_Contact_Account" ON "Contact" ("AccountId");
CREATE INDEX "IX_Contact_Name" ON "Contact" ("Name");
CREATE INDEX "IX_Activity_Contact" ON "Activity" ("ContactId");
CREATE INDEX "IX_Activity_StartDate" ON "Activity" ("StartDate");
CREATE INDEX "IX_ActivityFile_Activity" ON "ActivityFile" ("ActivityId");
CREATE INDEX "IX_SysProcessLog_StartDate" ON "SysProcessLog" ("StartDate");

-- step: vacuum
-- Hint bits set and statistics fresh, so that the first measured dump does not pay for them.
VACUUM (FREEZE, ANALYZE);
