// The thresholds that decide what the forgetting pass archives and deletes, read once from config.
import { type Config, ConfigError } from '../../config/index.ts';

export interface ForgetPolicy {
  /** Activation below which an entity or fact is archived (hidden from recall). */
  archiveBelow: number;
  /** Activation below which it is deleted outright; must be lower than archiveBelow. */
  deleteBelow: number;
  /** Days an item may stay archived before it is deleted. */
  retentionDays: number;
}

/** Builds the policy from config, refusing a delete threshold that is not below the archive threshold. */
export function forgetPolicyFromConfig(
  config: Pick<Config, 'FORGET_ARCHIVE_BELOW' | 'FORGET_DELETE_BELOW' | 'FORGET_RETENTION_DAYS'>,
): ForgetPolicy {
  if (config.FORGET_DELETE_BELOW >= config.FORGET_ARCHIVE_BELOW) {
    // Otherwise items would be deleted without ever passing through the archive, where they can still come back.
    throw new ConfigError([
      `FORGET_DELETE_BELOW=${config.FORGET_DELETE_BELOW}: must be below FORGET_ARCHIVE_BELOW (${config.FORGET_ARCHIVE_BELOW})`,
    ]);
  }
  return {
    archiveBelow: config.FORGET_ARCHIVE_BELOW,
    deleteBelow: config.FORGET_DELETE_BELOW,
    retentionDays: config.FORGET_RETENTION_DAYS,
  };
}
