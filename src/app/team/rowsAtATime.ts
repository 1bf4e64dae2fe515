/** Rows the team's Flows dialog draws at first, and adds at each "Show more". */
export const ROWS_AT_A_TIME = 100;
