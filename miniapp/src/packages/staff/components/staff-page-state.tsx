import type { ComponentProps } from 'react';
import { PageState } from '../../../components/page-state';
import { SignInPrompt } from './sign-in-prompt';

/** The app's page container, plus the login state: a sign-in prompt when the session is gone. */
export function StaffPageState(props: ComponentProps<typeof PageState>) {
  if (!props.loading && props.error?.code === 'UNAUTHENTICATED') return <SignInPrompt />;
  return <PageState {...props} />;
}
