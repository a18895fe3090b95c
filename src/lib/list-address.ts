// The orders list keeps its filter, search and page in its address. The order page links back to
// the last one seen, so "← Orders" returns to the list as it was; a direct visit gets plain /orders.
let last = "/orders";

export const rememberListAddress = (search: string) => {
  last = search ? `/orders?${search}` : "/orders";
};

export const listAddress = () => last;
