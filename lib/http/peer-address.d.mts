// Types for peer-address.mjs, which stays plain JavaScript so that server.mjs can load it.
export declare const peerAddressHeader: "x-podpora-peer-address";

export declare function peerAddressValue(address: string): string;

export declare function readPeerAddress(value: string | null): string;

export declare function stampPeerAddress(
  current: string | string[] | undefined,
  socketAddress: string,
): string;
