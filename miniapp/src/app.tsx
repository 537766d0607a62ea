import { useEffect, type PropsWithChildren } from 'react';
import './app.scss';
// Registers silent sign-in with the request wrapper before any page calls the API.
import './services/auth';
import { makeScrollRegionsFocusable } from './services/h5-scroll-regions';
import { loadBureau } from './services/bureau';

if (process.env.TARO_ENV === 'h5') makeScrollRegionsFocusable();

function App({ children }: PropsWithChildren) {
  // Office names and the guide come from the bureau's profile: read once, early. Until it arrives
  // (or if it fails) pages show the built-in names.
  useEffect(() => void loadBureau().catch(() => undefined), []);
  return children;
}

export default App;
