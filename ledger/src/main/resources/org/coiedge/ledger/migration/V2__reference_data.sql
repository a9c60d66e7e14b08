-- Reference data from the central system. A dataset version is applied in one transaction;
-- readers pick the highest version, so they see the old version or the new one, never a mix.
CREATE TABLE refdata_version (
    dataset    TEXT NOT NULL,
    version    INTEGER NOT NULL,
    applied_at INTEGER NOT NULL,
    row_count  INTEGER NOT NULL,
    PRIMARY KEY (dataset, version)
);

CREATE TABLE refdata_row (
    dataset TEXT NOT NULL,
    version INTEGER NOT NULL,
    key     TEXT NOT NULL,
    value   TEXT NOT NULL,            -- JSON text
    PRIMARY KEY (dataset, version, key)
) WITHOUT ROWID;
