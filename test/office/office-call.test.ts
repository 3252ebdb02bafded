import { OfficeCallError, officeCall } from "../../src/office/office-call";

describe("officeCall", () => {
  it("resolves with the value of a succeeded result", async () => {
    await expect(
      officeCall<string>("read the subject", (done) =>
        done({ status: "succeeded", value: "Hello" }),
      ),
    ).resolves.toBe("Hello");
  });

  it("rejects a failed result with Office's code and name", async () => {
    const call = officeCall<string>("read the subject", (done) =>
      done({
        status: "failed",
        value: "",
        error: { code: 9041, name: "NetworkError", message: "The user is no longer connected." },
      }),
    );
    await expect(call).rejects.toBeInstanceOf(OfficeCallError);
    await expect(call).rejects.toMatchObject({
      operation: "read the subject",
      code: 9041,
      officeName: "NetworkError",
      message: "Could not read the subject: The user is no longer connected.",
    });
  });

  it("rejects the same way when the API throws (missing on this client)", async () => {
    await expect(
      officeCall<string>("read the attachments", () => {
        throw new TypeError("getAttachmentsAsync is not a function");
      }),
    ).rejects.toMatchObject({
      name: "OfficeCallError",
      code: undefined,
      message: "Could not read the attachments: getAttachmentsAsync is not a function",
    });
  });
});
