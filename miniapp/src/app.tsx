import type { PropsWithChildren } from 'react';
import './app.scss';
// Registers silent sign-in with the request wrapper before any page calls the API.
import './services/auth';

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
