export interface UserRecord {
  userId: string;
  openid: string;
  unionid?: string;
  createdAt: string;
}

/** WeChat identities and the opaque user ids that stand for them. */
export interface UserStore {
  findByOpenid(openid: string): Promise<string | undefined>;
  /** Create the user of an identity; if another request created it first, answer that one. */
  create(user: UserRecord): Promise<string>;
  /** The identity behind a user id (for WeChat calls made for them: content checks, messages). */
  get(userId: string): Promise<UserRecord | undefined>;
}
