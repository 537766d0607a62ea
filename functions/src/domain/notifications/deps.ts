import type { TemplateIds } from '../../ports/notification-ports';

/**
 * What a use case needs to tell residents of what it did (a publication, an answer, a reply):
 * with the templates it writes the release in its own transaction; the functions always pass
 * them, a test that does not care about messages leaves them out.
 */
export interface NotifyDeps {
  /** The message templates, one per kind of message. */
  templates?: TemplateIds;
  /** Start the fan-out of pending releases now (it also runs every minute). */
  kickReleases?: () => Promise<void>;
}
