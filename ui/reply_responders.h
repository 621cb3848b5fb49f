#pragma once

#include "ui/tab_spec.h"

#include "netcore/responder.h"

#include <memory>

/// The netcore responder a ReplySpec asks for, for a TCP server (nullptr: silent).
[[nodiscard]] std::shared_ptr<netcore::Responder> streamResponderFor(const ReplySpec& reply);
/// The same for a UDP server: each datagram answered to its sender (nullptr: silent; a chat
/// room has no meaning for datagrams and is silent too).
[[nodiscard]] std::shared_ptr<netcore::DatagramResponder> datagramResponderFor(const ReplySpec& reply);
