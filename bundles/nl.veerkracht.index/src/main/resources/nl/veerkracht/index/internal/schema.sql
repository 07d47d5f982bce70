-- The tables of the workspace index. Portable SQL that H2 2.x and PostgreSQL both run as written.
-- The index is derived from the repositories, so this is not migrated: when this text changes, its
-- SHA-256 no longer matches the one stored in vk_index_meta, and the index drops every vk_ table and
-- is built again from the repositories (see IndexSchema). No foreign keys: the indexer keeps the
-- tables consistent in one transaction per repository, and `veerkracht index verify` checks it.
-- Free text is VARCHAR without a length (no limit on either database); amounts are whole euros
-- (BIGINT); indicator values are NUMERIC(38,10).

CREATE TABLE vk_index_meta (
    meta_name VARCHAR PRIMARY KEY,
    meta_value VARCHAR
);

-- One row per repository of the workspace: the commit its rows were read at.
CREATE TABLE vk_repository (
    name VARCHAR PRIMARY KEY,
    repository_kind VARCHAR NOT NULL,
    indexed_commit VARCHAR
);

-- Every entity table starts with the same five columns: entity_key is '<repository>:<path>'.

CREATE TABLE vk_plan (
    entity_key VARCHAR PRIMARY KEY,
    repository VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    blob_id VARCHAR NOT NULL,
    plan_kind VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    province VARCHAR,
    coordinator VARCHAR,
    require_signed BOOLEAN,
    vision VARCHAR,
    separate_organisation BOOLEAN,
    budget_reserve BIGINT,
    official_lead VARCHAR,
    official_role VARCHAR,
    official_hours_per_week INTEGER,
    administrative_lead VARCHAR,
    administrative_role VARCHAR,
    council_interval_weeks INTEGER,
    council_last_informed DATE
);

CREATE TABLE vk_plan_region (
    entity_key VARCHAR NOT NULL,
    region_id VARCHAR NOT NULL
);
CREATE INDEX vk_plan_region_entity ON vk_plan_region (entity_key);

CREATE TABLE vk_plan_department (
    entity_key VARCHAR NOT NULL,
    department VARCHAR NOT NULL
);
CREATE INDEX vk_plan_department_entity ON vk_plan_department (entity_key);

CREATE TABLE vk_plan_recovery_line (
    entity_key VARCHAR NOT NULL,
    line_id VARCHAR NOT NULL,
    title VARCHAR
);
CREATE INDEX vk_plan_recovery_line_entity ON vk_plan_recovery_line (entity_key);

CREATE TABLE vk_plan_term (
    entity_key VARCHAR NOT NULL,
    term VARCHAR NOT NULL,
    horizon_weeks INTEGER,
    until_date DATE,
    goals VARCHAR,
    principles VARCHAR
);
CREATE INDEX vk_plan_term_entity ON vk_plan_term (entity_key);

CREATE TABLE vk_plan_budget_line (
    entity_key VARCHAR NOT NULL,
    line_id VARCHAR NOT NULL,
    title VARCHAR,
    source VARCHAR,
    amount BIGINT
);
CREATE INDEX vk_plan_budget_line_entity ON vk_plan_budget_line (entity_key);

CREATE TABLE vk_plan_member (
    entity_key VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    url VARCHAR,
    plan_url VARCHAR,
    signing_key VARCHAR
);
CREATE INDEX vk_plan_member_entity ON vk_plan_member (entity_key);

CREATE TABLE vk_action (
    entity_key VARCHAR PRIMARY KEY,
    repository VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    blob_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    description VARCHAR,
    term VARCHAR NOT NULL,
    recovery_line VARCHAR,
    department VARCHAR,
    action_lead VARCHAR,
    budget_amount BIGINT,
    budget_source VARCHAR,
    budget_line VARCHAR,
    status VARCHAR NOT NULL,
    progress INTEGER,
    start_date DATE,
    end_date DATE,
    region_link VARCHAR,
    lead_municipality VARCHAR,
    -- lists of codes or ids, separated by single spaces (see WordList): found with
    -- concat(' ', themes, ' ') LIKE '% digitalisering %'
    themes VARCHAR,
    needs VARCHAR,
    stakeholders VARCHAR,
    indicators VARCHAR
);

CREATE TABLE vk_action_province_link (
    entity_key VARCHAR NOT NULL,
    task_link VARCHAR NOT NULL
);
CREATE INDEX vk_action_province_link_entity ON vk_action_province_link (entity_key);

CREATE TABLE vk_action_participant (
    entity_key VARCHAR NOT NULL,
    municipality VARCHAR NOT NULL
);
CREATE INDEX vk_action_participant_entity ON vk_action_participant (entity_key);

CREATE TABLE vk_action_contribution (
    entity_key VARCHAR NOT NULL,
    municipality VARCHAR NOT NULL,
    amount BIGINT NOT NULL
);
CREATE INDEX vk_action_contribution_entity ON vk_action_contribution (entity_key);

CREATE TABLE vk_need (
    entity_key VARCHAR PRIMARY KEY,
    repository VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    blob_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    sector VARCHAR,
    source VARCHAR,
    noted_on DATE,
    urgency VARCHAR
);

CREATE TABLE vk_stakeholder (
    entity_key VARCHAR PRIMARY KEY,
    repository VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    blob_id VARCHAR NOT NULL,
    organisation VARCHAR NOT NULL,
    sector VARCHAR NOT NULL,
    stakeholder_role VARCHAR
);

CREATE TABLE vk_stakeholder_consultation (
    entity_key VARCHAR NOT NULL,
    consulted_on DATE,
    topic VARCHAR
);
CREATE INDEX vk_stakeholder_consultation_entity ON vk_stakeholder_consultation (entity_key);

CREATE TABLE vk_indicator (
    entity_key VARCHAR PRIMARY KEY,
    repository VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    blob_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    source_table VARCHAR,
    measure VARCHAR,
    region VARCHAR,
    unit VARCHAR,
    baseline NUMERIC(38, 10),
    target NUMERIC(38, 10)
);

-- indicators/<id>.csv: one row per file, its observations in vk_observation
CREATE TABLE vk_observation_series (
    entity_key VARCHAR PRIMARY KEY,
    repository VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    blob_id VARCHAR NOT NULL
);

CREATE TABLE vk_observation (
    entity_key VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    observed_value NUMERIC(38, 10) NOT NULL,
    source VARCHAR
);
CREATE INDEX vk_observation_entity ON vk_observation (entity_key);

CREATE TABLE vk_lesson (
    entity_key VARCHAR PRIMARY KEY,
    repository VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    blob_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    source VARCHAR,
    body VARCHAR NOT NULL
);

CREATE TABLE vk_lesson_action (
    entity_key VARCHAR NOT NULL,
    action_id VARCHAR NOT NULL
);
CREATE INDEX vk_lesson_action_entity ON vk_lesson_action (entity_key);

CREATE TABLE vk_scenario (
    entity_key VARCHAR PRIMARY KEY,
    repository VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    blob_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    scenario_kind VARCHAR NOT NULL,
    reviewed DATE
);

CREATE TABLE vk_scenario_trigger (
    entity_key VARCHAR NOT NULL,
    trigger_text VARCHAR NOT NULL
);
CREATE INDEX vk_scenario_trigger_entity ON vk_scenario_trigger (entity_key);

CREATE TABLE vk_scenario_role (
    entity_key VARCHAR NOT NULL,
    crisis_role VARCHAR NOT NULL,
    who VARCHAR
);
CREATE INDEX vk_scenario_role_entity ON vk_scenario_role (entity_key);

CREATE TABLE vk_runbook_step (
    entity_key VARCHAR NOT NULL,
    step_id VARCHAR NOT NULL,
    what VARCHAR,
    who VARCHAR,
    within_days INTEGER
);
CREATE INDEX vk_runbook_step_entity ON vk_runbook_step (entity_key);

CREATE TABLE vk_task (
    entity_key VARCHAR PRIMARY KEY,
    repository VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    blob_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    theme VARCHAR,
    programme VARCHAR,
    status VARCHAR NOT NULL
);

CREATE TABLE vk_task_funding (
    entity_key VARCHAR NOT NULL,
    scheme_id VARCHAR NOT NULL,
    title VARCHAR,
    deadline DATE
);
CREATE INDEX vk_task_funding_entity ON vk_task_funding (entity_key);
