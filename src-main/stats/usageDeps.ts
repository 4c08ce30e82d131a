/** Where the statistics live and where USB sticks appear; its own module so the service's deps and the usage API both name it without importing each other. */
export interface UsageDeps {
  dataDir: string;
  usbRoots: string[];
  /** The clock, ms; decides „today“ for periods and folding. */
  now?: () => number;
}
