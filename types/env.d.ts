interface ImportMetaEnv {
  /** True in dev/e2e builds only (wxt.config.ts); false in store builds. */
  readonly SHIELD_DEV?: boolean;
}
