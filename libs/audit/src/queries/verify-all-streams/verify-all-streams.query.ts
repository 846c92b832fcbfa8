export class VerifyAllStreamsQuery {}
