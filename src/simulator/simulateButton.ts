/** The toolbar's Simulate button: focus goes back to it when the simulator closes. */
export const SIMULATE_BUTTON_ID = 'simulate-button';
