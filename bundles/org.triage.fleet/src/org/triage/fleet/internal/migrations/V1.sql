-- the fleet index: one row per ingested file (by content hash), its findings, and each device's newest snapshot
CREATE TABLE IF NOT EXISTS snapshot (
    sha256       CHAR(64)      NOT NULL PRIMARY KEY,
    path         VARCHAR(4096) NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    reason       VARCHAR(4000),
    device       VARCHAR(255),
    hostname     VARCHAR(255),
    collected_at TIMESTAMP WITH TIME ZONE,
    collected_day DATE,
    vpn_client   VARCHAR(255),
    gateway      VARCHAR(255),
    tunnel_mode  VARCHAR(32),
    site         VARCHAR(255),
    os_build     VARCHAR(64),
    join_type    VARCHAR(64),
    proxy        VARCHAR(512),
    ingested_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS snapshot_device ON snapshot (device, collected_at);
CREATE TABLE IF NOT EXISTS finding (
    sha256   CHAR(64)     NOT NULL REFERENCES snapshot (sha256) ON DELETE CASCADE,
    cause_id VARCHAR(128) NOT NULL,
    severity VARCHAR(16)  NOT NULL,
    PRIMARY KEY (sha256, cause_id)
);
CREATE INDEX IF NOT EXISTS finding_cause ON finding (cause_id);
CREATE OR REPLACE VIEW device_latest AS
    SELECT ranked.* FROM (
        SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.device ORDER BY s.collected_at DESC NULLS LAST, s.sha256) AS newest
        FROM snapshot s WHERE s.status = 'diagnosed'
    ) ranked WHERE ranked.newest = 1;
