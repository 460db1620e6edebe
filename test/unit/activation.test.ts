import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { ActivationParams, activation } from '../../src/memory/activation/index.ts';
import { forgetPolicyFromConfig } from '../../src/memory/forgetting-pass/index.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2025-06-01T00:00:00Z');

describe('ACT-R base-level activation', () => {
  it('is ln Σ (age in hours + 1)^-d over the uses', () => {
    expect(activation([NOW], NOW)).toBe(0);
    expect(activation([NOW - DAY], NOW)).toBeCloseTo(-0.5 * Math.log(25), 10);
    expect(activation([NOW - HOUR, NOW - 3 * HOUR], NOW)).toBeCloseTo(Math.log(2 ** -0.5 + 4 ** -0.5), 10);
  });

  it('ranks what is used often above what was used once at the same time', () => {
    const once = activation([NOW - 30 * DAY], NOW);
    const often = activation([NOW - 30 * DAY, NOW - 20 * DAY, NOW - 10 * DAY], NOW);
    expect(often).toBeGreaterThan(once);
  });

  it('decays with neglect and recovers with a new use', () => {
    const uses = [NOW - 400 * DAY];
    expect(activation(uses, NOW)).toBeLessThan(activation(uses, NOW - 300 * DAY));
    expect(activation([...uses, NOW], NOW)).toBeGreaterThan(activation(uses, NOW - 300 * DAY));
  });

  it('with the default thresholds, one use falls below archiving after about four months, below deletion after 2.5 years', () => {
    const policy = forgetPolicyFromConfig(loadConfig({}));
    expect(policy).toEqual({ archiveBelow: -4, deleteBelow: -5, retentionDays: 365 });
    expect(activation([NOW - 100 * DAY], NOW)).toBeGreaterThan(policy.archiveBelow);
    expect(activation([NOW - 130 * DAY], NOW)).toBeLessThan(policy.archiveBelow);
    expect(activation([NOW - 800 * DAY], NOW)).toBeGreaterThan(policy.deleteBelow);
    expect(activation([NOW - 950 * DAY], NOW)).toBeLessThan(policy.deleteBelow);
    // Ten uses a year ago are still far from being archived.
    const tenUses = Array.from({ length: 10 }, (_, i) => NOW - (365 + i) * DAY);
    expect(activation(tenUses, NOW)).toBeGreaterThan(policy.archiveBelow + 1.5);
  });

  it('never decays a pinned memory and treats a use in the future as a use now', () => {
    expect(activation([NOW - 10_000 * DAY], NOW, true)).toBe(ActivationParams.pinned);
    expect(activation([NOW + DAY], NOW)).toBe(0);
  });
});

describe('forget policy from config', () => {
  it('reads the thresholds and retention from the environment', () => {
    const config = loadConfig({
      FORGET_ARCHIVE_BELOW: '-3.5',
      FORGET_DELETE_BELOW: '-6',
      FORGET_RETENTION_DAYS: '30',
    });
    expect(forgetPolicyFromConfig(config)).toEqual({
      archiveBelow: -3.5,
      deleteBelow: -6,
      retentionDays: 30,
    });
  });

  it('refuses a delete threshold that is not below the archive threshold', () => {
    const config = loadConfig({ FORGET_ARCHIVE_BELOW: '-5', FORGET_DELETE_BELOW: '-4' });
    expect(() => forgetPolicyFromConfig(config)).toThrow(
      /FORGET_DELETE_BELOW=-4: must be below FORGET_ARCHIVE_BELOW/,
    );
  });

  it('rejects a value that is not a number', () => {
    expect(() => loadConfig({ FORGET_ARCHIVE_BELOW: 'low' })).toThrow(/FORGET_ARCHIVE_BELOW="low"/);
  });
});
