/** Whether the stage can reach what it depends on for every request (its table). */
export interface HealthProbe {
  /** Resolves when the table answered; rejects otherwise. */
  check(): Promise<void>;
}
