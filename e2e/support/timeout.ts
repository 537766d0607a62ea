// A browser and a whole stack answer in seconds, not the unit-test default of 5.
jest.setTimeout(60_000);
