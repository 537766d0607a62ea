import type { PropsWithChildren } from 'react';
import './app.scss';
// Registers silent sign-in with the request wrapper before any page calls the API.
import './services/auth';
import { makeScrollRegionsFocusable } from './services/h5-scroll-regions';

if (process.env.TARO_ENV === 'h5') makeScrollRegionsFocusable();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
